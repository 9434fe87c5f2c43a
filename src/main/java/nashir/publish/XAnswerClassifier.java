package nashir.publish;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import nashir.net.NetException;
import nashir.publish.PublishOutcome.Duplicate;
import nashir.publish.PublishOutcome.PermanentFailure;
import nashir.publish.PublishOutcome.Published;
import nashir.publish.PublishOutcome.RateLimited;
import nashir.publish.PublishOutcome.TransientFailure;
import nashir.publish.PublishOutcome.Unauthorized;

/**
 * Turns X's answers into {@link PublishOutcome}s by DESIGN.md's error rules. Reasons are one
 * short line in X's own words where X gave some; they never hold credentials, only the
 * account's name.
 */
final class XAnswerClassifier {

	/** X's rate-limit window, used when a 429 names no time at all. */
	private static final Duration DEFAULT_WAIT = Duration.ofMinutes(15);

	private static final int MAX_DETAIL = 300;

	private final Clock clock;

	XAnswerClassifier(Clock clock) {
		this.clock = clock;
	}

	/** The outcome of {@code POST /2/tweets}. */
	PublishOutcome tweet(String account, XAnswer answer) {
		if (answer.isSuccess()) {
			// Taken but unreadable: calling it a failure would post the text again on a retry.
			String tweetId = XJson.dataId(answer.body());
			return new Published(tweetId, false, (tweetId != null) ? null : answer.unreadableNote(),
					RateLimitHeaders.quota(answer));
		}
		Optional<PublishOutcome> stop = accountStop(account, answer);
		if (stop.isPresent()) {
			return stop.get();
		}
		if (answer.status() == 403 && answer.body() != null
				&& answer.body().toLowerCase(Locale.ROOT).contains("duplicate content")) {
			return new Duplicate(detail(answer));
		}
		if (answer.status() == 408 || answer.status() >= 500) {
			return new TransientFailure("X could not take the post now (" + detail(answer) + ")",
					RateLimitHeaders.retryAfter(answer, this.clock).orElse(null));
		}
		return new PermanentFailure("X refused the post (" + detail(answer) + ")");
	}

	/**
	 * The answers that stop everything for the account, whichever call drew them: 401 (bad
	 * credentials) and 429 (rate limit).
	 */
	Optional<PublishOutcome> accountStop(String account, XAnswer answer) {
		if (answer.status() == 401) {
			return Optional.of(new Unauthorized(
					"X refused the credentials of account '" + account + "' (" + detail(answer) + ")"));
		}
		if (answer.status() == 429) {
			return Optional.of(rateLimited(account, answer));
		}
		return Optional.empty();
	}

	/** The call never got an answer: timeout, connection reset, DNS, interrupted. */
	TransientFailure noAnswer(Exception ex) {
		String what = (ex instanceof NetException net && net.isTimeout()) ? "X did not answer in time"
				: "the connection to X failed";
		String why = (ex.getMessage() == null) ? "" : ": " + ex.getMessage();
		return new TransientFailure(oneLine(what + " (" + ex.getClass().getSimpleName() + why + ")"), null);
	}

	private RateLimited rateLimited(String account, XAnswer answer) {
		RateLimitStatus quota = RateLimitHeaders.quota(answer);
		boolean dailyUsedUp = quota.dailyRemaining() != null && quota.dailyRemaining() == 0
				&& quota.dailyReset() != null;
		Instant resetAt = quota.reset();
		if (dailyUsedUp && (resetAt == null || quota.dailyReset().isAfter(resetAt))) {
			resetAt = quota.dailyReset();
		}
		if (resetAt == null) {
			resetAt = RateLimitHeaders.retryAfter(answer, this.clock)
				.orElseGet(() -> this.clock.instant().plus(DEFAULT_WAIT));
		}
		String limit = dailyUsedUp ? "24-hour post limit" : "rate limit";
		return new RateLimited(resetAt,
				"X's " + limit + " for account '" + account + "' is reached until " + resetAt, quota);
	}

	static String detail(XAnswer answer) {
		String problem = XJson.problem(answer.body());
		return oneLine(answer.status() + (problem.isEmpty() ? "" : " " + problem));
	}

	private static String oneLine(String text) {
		String line = text.replaceAll("\\s+", " ").trim();
		return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL) + "…";
	}

}
