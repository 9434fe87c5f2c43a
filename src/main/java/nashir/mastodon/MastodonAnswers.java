package nashir.mastodon;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import nashir.net.NetException;
import nashir.publish.AccountPause;
import nashir.publish.AccountPause.Kind;
import nashir.publish.PublishOutcome;
import nashir.publish.PublishOutcome.AccountPaused;
import nashir.publish.PublishOutcome.PermanentFailure;
import nashir.publish.PublishOutcome.Published;
import nashir.publish.PublishOutcome.RateLimited;
import nashir.publish.PublishOutcome.TransientFailure;
import nashir.publish.RateLimitStatus;
import nashir.text.Reason;

/**
 * Turns an instance's answers into {@link PublishOutcome}s: 429 waits for {@code X-RateLimit-Reset};
 * 401 (token refused), 403 (a scope missing, the account suspended) and 404 (no Mastodon API at the
 * address) pause the account; 422 and other refusals are the post's own; 5xx and no answer are
 * worth another try. Reasons quote Mastodon's {@code error} and name the account, never its token.
 */
final class MastodonAnswers {

	/** Mastodon's rate-limit window, used when a 429 names no time. */
	private static final Duration DEFAULT_WAIT = Duration.ofMinutes(5);

	private static final int MAX_DETAIL = 300;

	/** The size of {@code post.published_url}. */
	private static final int MAX_URL = 500;

	private final Clock clock;

	MastodonAnswers(Clock clock) {
		this.clock = clock;
	}

	/** The outcome of {@code POST /api/v1/statuses}. */
	PublishOutcome status(String account, MastodonAnswer answer) {
		if (answer.isSuccess()) {
			return published(answer);
		}
		Optional<PublishOutcome> stop = accountStop(account, answer);
		if (stop.isPresent()) {
			return stop.get();
		}
		if (answer.status() == 404) {
			// Only here: a 404 for a media id or from an instance without /api/v2/media costs the image alone.
			return paused(Kind.CREDENTIALS, "mastodon.pause.notFound",
					"No Mastodon API at the instance of account '" + account + "'", account, answer);
		}
		if (answer.status() == 408 || answer.status() >= 500) {
			return new TransientFailure(Reason.of("mastodon.error.unavailable",
					"Mastodon could not take the post now (" + detail(answer) + ")", detail(answer)),
					retryAfter(answer).orElse(null));
		}
		return new PermanentFailure(Reason.of("mastodon.error.refused", "Mastodon refused the post (" + detail(answer) + ")",
				detail(answer)));
	}

	/** The answers that stop every call of the account, whichever call drew them: 401, 403 and 429. */
	Optional<PublishOutcome> accountStop(String account, MastodonAnswer answer) {
		return switch (answer.status()) {
			case 401 -> Optional.of(paused(Kind.CREDENTIALS, "mastodon.pause.credentials",
					"Mastodon refused the access token of account '" + account + "'", account, answer));
			case 403 -> Optional.of(paused(Kind.PERMISSION, "mastodon.pause.permission", "Mastodon refuses account '"
					+ account + "' (a token without write:statuses and write:media, or a suspended account)", account,
					answer));
			case 429 -> Optional.of(rateLimited(account, answer));
			default -> Optional.empty();
		};
	}

	/** The call got no answer: timeout, connection refused or reset, unknown host. */
	TransientFailure noAnswer(Exception ex) {
		boolean timeout = ex instanceof NetException net && net.isTimeout();
		String detail = oneLine(ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
		return timeout
				? new TransientFailure(Reason.of("mastodon.error.timeout", "Mastodon did not answer in time (" + detail + ")",
						detail), null)
				: new TransientFailure(Reason.of("mastodon.error.connection",
						"The connection to Mastodon failed (" + detail + ")", detail), null);
	}

	/** What {@code X-RateLimit-Limit}, {@code -Remaining} and {@code -Reset} (an ISO time) said. */
	static RateLimitStatus quota(MastodonAnswer answer) {
		Integer limit = integer(answer, "x-ratelimit-limit");
		Integer remaining = integer(answer, "x-ratelimit-remaining");
		Instant reset = answer.header("x-ratelimit-reset").flatMap(MastodonAnswers::isoTime).orElse(null);
		if (limit == null && remaining == null && reset == null) {
			return RateLimitStatus.UNKNOWN;
		}
		return new RateLimitStatus(limit, remaining, reset, null, null, null);
	}

	/** The status code and Mastodon's {@code error}, on one short line. */
	static String detail(MastodonAnswer answer) {
		String error = MastodonJson.error(answer.body());
		return oneLine(answer.status() + (error.isEmpty() ? "" : " " + error));
	}

	/** A 2xx: the instance took the post, whatever the body says; calling it a failure would post it again. */
	private static Published published(MastodonAnswer answer) {
		String id = MastodonJson.text(answer.body(), "id");
		String url = usableUrl(MastodonJson.text(answer.body(), "url"));
		if (id != null && id.length() <= 40 && id.chars().allMatch(Character::isLetterOrDigit)) {
			return new Published(id, false, null, quota(answer), url);
		}
		String why = (answer.unreadable() != null) ? answer.unreadable() : "no usable status id";
		return new Published(null, false, Reason.of("mastodon.note.unreadable",
				"Mastodon took the post, but its answer could not be read (HTTP " + answer.status() + ", " + why + ")",
				answer.status()), quota(answer), url);
	}

	/** The status's address, when it is one a page can link to and the post's column can hold. */
	private static String usableUrl(String url) {
		return (url != null && url.length() <= MAX_URL && (url.startsWith("https://") || url.startsWith("http://")))
				? url : null;
	}

	private RateLimited rateLimited(String account, MastodonAnswer answer) {
		RateLimitStatus quota = quota(answer);
		Instant resetAt = (quota.reset() != null) ? quota.reset()
				: retryAfter(answer).orElseGet(() -> this.clock.instant().plus(DEFAULT_WAIT));
		return new RateLimited(resetAt, Reason.of("mastodon.error.rateLimit",
				"Mastodon's rate limit for account '" + account + "' is reached until " + resetAt, account, resetAt), quota);
	}

	private static AccountPaused paused(Kind kind, String key, String what, String account, MastodonAnswer answer) {
		return new AccountPaused(
				new AccountPause(kind, Reason.of(key, what + " (" + detail(answer) + ")", account, detail(answer))));
	}

	/** {@code Retry-After} as seconds or as an HTTP date (RFC 9110 §10.2.3). */
	private Optional<Instant> retryAfter(MastodonAnswer answer) {
		return answer.header("retry-after").flatMap((value) -> {
			try {
				return Optional.of(this.clock.instant().plusSeconds(Math.max(0, Long.parseLong(value))));
			}
			catch (NumberFormatException notSeconds) {
				try {
					return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
				}
				catch (DateTimeParseException notDate) {
					return Optional.empty();
				}
			}
		});
	}

	private static Optional<Instant> isoTime(String value) {
		try {
			return Optional.of(OffsetDateTime.parse(value).toInstant());
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private static Integer integer(MastodonAnswer answer, String name) {
		return answer.header(name).map((value) -> {
			try {
				return Integer.valueOf(value);
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}).orElse(null);
	}

	private static String oneLine(String text) {
		String line = text.replaceAll("\\s+", " ").trim();
		return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL) + "…";
	}

}
