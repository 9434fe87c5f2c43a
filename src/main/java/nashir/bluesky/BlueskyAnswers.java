package nashir.bluesky;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import nashir.bluesky.SignedIn.Reply;
import nashir.net.Answer;
import nashir.net.NetException;
import nashir.publish.AccountPause;
import nashir.publish.AccountPause.Kind;
import nashir.publish.PublishOutcome;
import nashir.publish.PublishOutcome.AccountPaused;
import nashir.publish.PublishOutcome.PermanentFailure;
import nashir.publish.PublishOutcome.RateLimited;
import nashir.publish.PublishOutcome.TransientFailure;
import nashir.publish.RateLimitStatus;
import nashir.text.Reason;

/**
 * Turns a PDS's answers into {@link PublishOutcome}s, as {@code XAnswerClassifier} does X's. Reasons quote the
 * PDS's error name and message, never a token or the app password (which no answer holds).
 */
final class BlueskyAnswers {

	/** Bluesky's shortest rate-limit window, used when a 429 names no time. */
	private static final Duration DEFAULT_WAIT = Duration.ofMinutes(5);

	private static final int MAX_DETAIL = 300;

	private final Clock clock;

	BlueskyAnswers(Clock clock) {
		this.clock = clock;
	}

	/** The outcome of a {@code createRecord} that did not succeed (and is not a resend the PDS already had). */
	PublishOutcome refused(String account, Reply reply) {
		Optional<PublishOutcome> stop = accountStop(account, reply);
		if (stop.isPresent()) {
			return stop.get();
		}
		Answer answer = reply.answer();
		if (answer.isSuccess() || answer.status() == 408 || answer.status() >= 500) {
			// A 2xx here is a sign-in that named no session: the PDS is not itself.
			return new TransientFailure(Reason.of("bluesky.error.unavailable",
					"Bluesky could not take the post now (" + detail(answer) + ")", detail(answer)), null);
		}
		return new PermanentFailure(
				Reason.of("bluesky.error.refused", "Bluesky refused the post (" + detail(answer) + ")", detail(answer)));
	}

	/**
	 * The answers that stop everything for the account, whichever call drew them: a refused sign-in or token
	 * (credentials), a taken-down account (permission), 429 (rate limit).
	 */
	Optional<PublishOutcome> accountStop(String account, Reply reply) {
		Answer answer = reply.answer();
		if (answer.status() == 429) {
			return Optional.of(rateLimited(account, answer));
		}
		if (BlueskyJson.error(answer).equals("AccountTakedown")) {
			return pause(Kind.PERMISSION, "bluesky.pause.permission",
					"Bluesky has taken down account '" + account + "'", account, answer);
		}
		boolean refusedSignIn = reply.signIn() && answer.status() >= 400 && answer.status() < 500;
		if (refusedSignIn || answer.status() == 401) {
			return pause(Kind.CREDENTIALS, "bluesky.pause.credentials",
					"Bluesky refused the handle or app password of account '" + account + "'", account, answer);
		}
		return Optional.empty();
	}

	private static Optional<PublishOutcome> pause(Kind kind, String key, String what, String account, Answer answer) {
		return Optional.of(new AccountPaused(
				new AccountPause(kind, Reason.of(key, what + " (" + detail(answer) + ")", account, detail(answer)))));
	}

	private RateLimited rateLimited(String account, Answer answer) {
		RateLimitStatus quota = quota(answer);
		Instant resetAt = (quota.reset() != null) ? quota.reset() : this.clock.instant().plus(DEFAULT_WAIT);
		return new RateLimited(resetAt, Reason.of("bluesky.error.rateLimit",
				"Bluesky's rate limit for account '" + account + "' is reached until " + resetAt, account, resetAt),
				quota);
	}

	/** What Bluesky's {@code ratelimit-*} headers said ({@code ratelimit-reset} is in epoch seconds). */
	static RateLimitStatus quota(Answer answer) {
		Long reset = number(answer, "ratelimit-reset");
		Long limit = number(answer, "ratelimit-limit");
		Long remaining = number(answer, "ratelimit-remaining");
		return new RateLimitStatus(limit == null ? null : limit.intValue(),
				remaining == null ? null : remaining.intValue(), reset == null ? null : Instant.ofEpochSecond(reset),
				null, null, null);
	}

	private static Long number(Answer answer, String header) {
		try {
			return answer.headers().firstValue(header).map(String::strip).map(Long::valueOf).orElse(null);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The call never got an answer, or one that could not be read: timeout, reset, too large. */
	TransientFailure noAnswer(NetException ex) {
		String detail = oneLine(ex.kind() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
		return ex.isTimeout()
				? new TransientFailure(Reason.of("bluesky.error.timeout", "Bluesky did not answer in time (" + detail + ")",
						detail), null)
				: new TransientFailure(Reason.of("bluesky.error.connection",
						"The connection to Bluesky failed (" + detail + ")", detail), null);
	}

	/** {@code 400 InvalidRequest: Invalid app.bsky.feed.post record…}: status, error name and message. */
	static String detail(Answer answer) {
		String error = BlueskyJson.error(answer);
		String message = BlueskyJson.message(answer);
		return oneLine(answer.status() + (error.isEmpty() ? "" : " " + error) + (message.isEmpty() ? "" : ": " + message));
	}

	private static String oneLine(String text) {
		String line = text.replaceAll("\\s+", " ").strip();
		return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL) + "…";
	}

}
