package nashir.schedule;

import java.net.URI;
import java.time.Instant;

/**
 * A schedule's feed as editors and ops see it: is it healthy, when was it read, when is it read
 * next, and the last error in one sentence.
 *
 * @param nextPollAt when Quartz polls it next; {@code null} when paused or disabled
 * @param retryAt while failing: no poll fetches before this time (back-off or Retry-After)
 */
public record FeedStatus(String scheduleId, URI feed, boolean enabled, boolean paused, Instant lastPollAt,
		Instant lastSuccessAt, int consecutiveFailures, String lastError, Instant retryAt, Instant nextPollAt) {

	public boolean healthy() {
		return consecutiveFailures == 0;
	}

}
