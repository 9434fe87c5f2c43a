package nashir.schedule;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import nashir.feed.ItemFailure;
import nashir.text.Reason;

/**
 * A schedule's feed as editors and ops see it: is it healthy, when was it read, when is it read
 * next, and the last error in one sentence.
 *
 * @param nextPollAt when it is polled next; {@code null} when paused or disabled
 * @param retryAt while failing: no poll fetches before this time (back-off or Retry-After)
 * @param notice the last note of a successful poll (items beyond the per-poll limit, items not
 *     handed on), or {@code null}
 * @param failedItems the latest stories of the feed that could not be queued, newest first
 * @param lastErrorReason the last error with its message key (its first argument the feed's URL), or {@code null}
 * @param noticeReason the last note with its message key, or {@code null}
 */
public record FeedStatus(String scheduleId, URI feed, boolean enabled, boolean paused, Instant lastPollAt,
		Instant lastSuccessAt, int consecutiveFailures, String lastError, Instant retryAt, Instant nextPollAt,
		String notice, Instant noticeAt, List<ItemFailure> failedItems, Reason lastErrorReason,
		Reason noticeReason) {

	public boolean healthy() {
		return consecutiveFailures == 0;
	}

}
