package nashir.queue;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How transient failures are retried ({@code nashir.retry.*}): exponential backoff with jitter.
 * The defaults give 6 tries over about an hour (2, 4, 8, 16, 30 minutes apart).
 *
 * @param maxAttempts tries in all, the first included; then the post is FAILED
 */
@ConfigurationProperties("nashir.retry")
public record RetryPolicy(@DefaultValue("6") int maxAttempts, @DefaultValue("2m") Duration initialBackoff,
		@DefaultValue("30m") Duration maxBackoff) {

	boolean mayRetryAfter(int attempts) {
		return attempts < maxAttempts;
	}

	/** The wait after the given failed attempt (1-based): doubling, capped, with ±20% jitter so retries spread out. */
	Duration backoff(int attempt) {
		long base = initialBackoff.toMillis() << Math.min(Math.max(attempt - 1, 0), 20);
		long capped = Math.min(base, maxBackoff.toMillis());
		double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
		return Duration.ofMillis((long) (capped * jitter));
	}

}
