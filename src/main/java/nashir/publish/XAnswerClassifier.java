package nashir.publish;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import nashir.net.NetException;
import nashir.publish.AccountPause.Kind;
import nashir.publish.PublishOutcome.AccountPaused;
import nashir.publish.PublishOutcome.Duplicate;
import nashir.publish.PublishOutcome.PermanentFailure;
import nashir.publish.PublishOutcome.Published;
import nashir.publish.PublishOutcome.RateLimited;
import nashir.publish.PublishOutcome.TransientFailure;
import nashir.text.Reason;

/**
 * Turns X's answers into {@link PublishOutcome}s by DESIGN.md's error rules. Reasons are one
 * short line in X's own words where X gave some; they never hold credentials, only the
 * account's name.
 */
final class XAnswerClassifier {

	/** X's rate-limit window, used when a 429 names no time at all. */
	private static final Duration DEFAULT_WAIT = Duration.ofMinutes(15);

	private static final int MAX_DETAIL = 300;

	private static final int MAX_QUOTED_ID = 30;

	/** Problem names (see {@link XJson#problemNames}) of "no credits or usage left". */
	private static final Set<String> NO_CREDITS = Set.of("creditsdepleted", "credits", "usage-capped",
			"usagecapexceeded");

	/** Problem names of a 403 that refuses the app or account, not the post. */
	private static final Set<String> ACCOUNT_FORBIDDEN = Set.of("client-forbidden", "client-not-enrolled",
			"oauth1-permissions", "user-suspended");

	private final Clock clock;

	XAnswerClassifier(Clock clock) {
		this.clock = clock;
	}

	/** The outcome of {@code POST /2/tweets}. */
	PublishOutcome tweet(String account, XAnswer answer) {
		if (answer.isSuccess()) {
			return published(answer);
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
			return new TransientFailure(Reason.of("publish.error.unavailable",
					"X could not take the post now (" + detail(answer) + ")", detail(answer)),
					RateLimitHeaders.retryAfter(answer, this.clock).orElse(null));
		}
		return new PermanentFailure(Reason.of("publish.error.refused", "X refused the post (" + detail(answer) + ")",
				detail(answer)));
	}

	/**
	 * The answers that stop everything for the account, whichever call drew them: the account-level
	 * refusals ({@link #accountPause}) and 429 (rate limit).
	 */
	Optional<PublishOutcome> accountStop(String account, XAnswer answer) {
		Optional<AccountPause> pause = accountPause(account, answer);
		if (pause.isPresent()) {
			return Optional.of(new AccountPaused(pause.get()));
		}
		if (answer.status() == 429) {
			return Optional.of(rateLimited(account, answer));
		}
		return Optional.empty();
	}

	/**
	 * X refusing the account rather than the post: 401 (credentials); 402 {@code CreditsDepleted} and
	 * a 429 {@code usage-capped} (no credits or cap left); a 403 whose problem names the app or the
	 * account. Any other 403 (duplicate, too long, bad media) is the post's own.
	 */
	private static Optional<AccountPause> accountPause(String account, XAnswer answer) {
		Set<String> names = (answer.status() >= 400 && answer.status() < 500) ? XJson.problemNames(answer.body())
				: Set.of();
		if (answer.status() == 401) {
			return pause(Kind.CREDENTIALS, "publish.pause.credentials",
					"X refused the credentials of account '" + account + "'", account, answer);
		}
		if (answer.status() == 402 || names.stream().anyMatch(NO_CREDITS::contains)) {
			return pause(Kind.CREDITS, "publish.pause.credits",
					"X takes no more posts from account '" + account + "' until credits are added", account, answer);
		}
		if (answer.status() == 403 && names.stream().anyMatch(ACCOUNT_FORBIDDEN::contains)) {
			return pause(Kind.PERMISSION, "publish.pause.permission", "X refuses the app or the account '" + account + "'",
					account, answer);
		}
		return Optional.empty();
	}

	private static Optional<AccountPause> pause(Kind kind, String key, String what, String account, XAnswer answer) {
		return Optional.of(new AccountPause(kind, Reason.of(key, what + " (" + detail(answer) + ")", account, detail(answer))));
	}

	/** A 2xx: X took the post, whatever the body says; calling it a failure would post the text again. */
	private static Published published(XAnswer answer) {
		String tweetId = XJson.dataId(answer.body());
		if (XIds.usable(tweetId)) {
			return new Published(tweetId, false, null, RateLimitHeaders.quota(answer));
		}
		Reason note = (tweetId == null) ? answer.unreadableNote()
				: Reason.of("publish.note.badId", "X took the post but its tweet id is unusable ('" + shortened(tweetId) + "')",
						shortened(tweetId));
		return new Published(null, false, note, RateLimitHeaders.quota(answer));
	}

	/** The call never got an answer: timeout, connection reset, DNS, interrupted. */
	TransientFailure noAnswer(Exception ex) {
		boolean timeout = ex instanceof NetException net && net.isTimeout();
		String what = timeout ? "X did not answer in time" : "the connection to X failed";
		String why = (ex.getMessage() == null) ? "" : ": " + ex.getMessage();
		String detail = oneLine(ex.getClass().getSimpleName() + why);
		return new TransientFailure(Reason.of(timeout ? "publish.error.timeout" : "publish.error.connection",
				oneLine(what + " (" + detail + ")"), detail), null);
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
		return new RateLimited(resetAt, Reason.of(dailyUsedUp ? "publish.error.dailyLimit" : "publish.error.rateLimit",
				"X's " + limit + " for account '" + account + "' is reached until " + resetAt, account, resetAt), quota);
	}

	static String detail(XAnswer answer) {
		String problem = XJson.problem(answer.body());
		return oneLine(answer.status() + (problem.isEmpty() ? "" : " " + problem));
	}

	/** An id as X sent it, cut short enough to quote in a note. */
	static String shortened(String id) {
		String line = oneLine(id);
		return line.length() <= MAX_QUOTED_ID ? line : line.substring(0, MAX_QUOTED_ID) + "…";
	}

	private static String oneLine(String text) {
		String line = text.replaceAll("\\s+", " ").trim();
		return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL) + "…";
	}

}
