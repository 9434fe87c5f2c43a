package nashir.feed;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Turns an HTTP error status into a one-line reason, with the server's Retry-After on 429/503. */
final class HttpErrors {

	/** A server asking for more than a day is treated as asking for a day. */
	private static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

	private HttpErrors() {
	}

	static FetchException forStatus(URI url, int status, HttpHeaders headers, Clock clock) {
		if (status == 429 || status == 503) {
			Instant retryAt = headers
				.firstValue("Retry-After")
				.map((value) -> retryAt(value, clock.instant()))
				.orElse(null);
			String when = retryAt == null ? "" : ", retry after " + retryAt;
			String busy = "the server is busy (HTTP " + status + ")" + when;
			return retryAt == null ? new FetchException(url, "feed.error.busy", busy, status)
					: new FetchException(url, retryAt, "feed.error.busyUntil", busy, status, retryAt);
		}
		return switch (status) {
			case 401, 403 -> new FetchException(url, "feed.error.denied", "access denied (HTTP " + status + ")", status);
			case 404 -> new FetchException(url, "feed.error.notFound", "not found (HTTP 404)");
			case 410 -> new FetchException(url, "feed.error.gone", "the feed is gone (HTTP 410)");
			default -> new FetchException(url, "feed.error.status", "the server answered HTTP " + status, status);
		};
	}

	/** Retry-After is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3); anything else is ignored. */
	static Instant retryAt(String value, Instant now) {
		String trimmed = value.trim();
		try {
			Instant at = trimmed.chars().allMatch(Character::isDigit)
					? now.plusSeconds(Long.parseLong(trimmed))
					: ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			Instant latest = now.plus(MAX_RETRY_AFTER);
			return at.isAfter(latest) ? latest : at;
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			return null;
		}
	}

}
