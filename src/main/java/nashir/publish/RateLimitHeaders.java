package nashir.publish;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads X's quota headers ({@code x-rate-limit-*}, {@code x-user-limit-24hour-*}) and {@code Retry-After}. */
final class RateLimitHeaders {

	private RateLimitHeaders() {
	}

	static RateLimitStatus quota(XAnswer answer) {
		return new RateLimitStatus(integer(answer, "x-rate-limit-limit"), integer(answer, "x-rate-limit-remaining"),
				epochSeconds(answer, "x-rate-limit-reset"), integer(answer, "x-user-limit-24hour-limit"),
				integer(answer, "x-user-limit-24hour-remaining"), epochSeconds(answer, "x-user-limit-24hour-reset"));
	}

	/** {@code Retry-After} as seconds or as an HTTP date (RFC 9110 §10.2.3). */
	static Optional<Instant> retryAfter(XAnswer answer, Clock clock) {
		return answer.header("retry-after").flatMap((value) -> {
			try {
				return Optional.of(clock.instant().plusSeconds(Math.max(0, Long.parseLong(value))));
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

	private static Integer integer(XAnswer answer, String name) {
		return answer.header(name).map(RateLimitHeaders::parseLong).map(Long::intValue).orElse(null);
	}

	private static Instant epochSeconds(XAnswer answer, String name) {
		return answer.header(name).map(RateLimitHeaders::parseLong).map(Instant::ofEpochSecond).orElse(null);
	}

	private static Long parseLong(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
