package nashir.queue;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How transient failures (5xx, timeout, reset) are retried ({@code nashir.retry.*}): exponential
 * backoff with ±20 % jitter. The first retry comes after seconds, so breaking news does not wait
 * out a blip; the defaults give 6 tries over about half an hour (5 s, 20 s, 80 s, ~5 min, ~21 min apart).
 *
 * @param maxAttempts tries in all, the first included; then the post is FAILED
 * @param initialBackoff the wait after the first failed try
 * @param multiplier how much longer each following wait is
 * @param maxBackoff the longest wait
 */
@ConfigurationProperties("nashir.retry")
public record RetryPolicy(@DefaultValue("6") int maxAttempts, @DefaultValue("5s") Duration initialBackoff,
		@DefaultValue("4") double multiplier, @DefaultValue("30m") Duration maxBackoff) {

	public RetryPolicy {
		if (multiplier < 1) {
			throw new IllegalArgumentException("nashir.retry.multiplier must be at least 1, not " + multiplier);
		}
	}

	boolean mayRetryAfter(int attempts) {
		return attempts < maxAttempts;
	}

	/** The wait after the given failed attempt (1-based): growing, capped, with ±20% jitter so retries spread out. */
	Duration backoff(int attempt) {
		double base = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(attempt - 1, 0));
		double capped = Math.min(base, maxBackoff.toMillis());
		double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
		return Duration.ofMillis((long) (capped * jitter));
	}

}
