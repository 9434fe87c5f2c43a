package nashir.publish;

import java.time.Instant;

/**
 * What X's {@code x-rate-limit-*} and {@code x-user-limit-24hour-*} headers said on the last
 * answer; each part is {@code null} when the header was absent.
 */
public record RateLimitStatus(Integer limit, Integer remaining, Instant reset, Integer dailyLimit,
		Integer dailyRemaining, Instant dailyReset) {

	public static final RateLimitStatus UNKNOWN = new RateLimitStatus(null, null, null, null, null, null);

}
