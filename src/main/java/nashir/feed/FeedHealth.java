package nashir.feed;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import nashir.text.Reason;

/**
 * How a feed is doing, for the web and ops layers.
 *
 * @param lastPollAt the last poll (or push) that changed what is known of the feed: a read that
 *     found a new body or new validators, a failure, a recovery; or {@code null}. A healthy feed's
 *     304s and repeated bodies write nothing, so this is not when it was last fetched: that is the
 *     schedule's to say.
 * @param lastSuccessAt the last time such a poll read it without error, or {@code null}
 * @param consecutiveFailures failed polls since the last success; 0 when healthy
 * @param lastError a one-line sentence naming the feed and the reason, or {@code null} when healthy
 * @param retryAt while failing: no poll before this time (back-off or the server's Retry-After)
 * @param notice the last note of a successful poll (items beyond the per-poll limit, items not
 *     handed on), or {@code null}
 * @param noticeAt when that note was written
 * @param failedItems the latest items that could not be handed on, newest first
 * @param lastErrorReason the last error with its message key, its first argument the feed's URL, or {@code null}
 * @param noticeReason the last note with its message key, or {@code null}
 */
public record FeedHealth(String feedId, URI url, Instant lastPollAt, Instant lastSuccessAt, int consecutiveFailures,
		String lastError, Instant retryAt, String notice, Instant noticeAt, List<ItemFailure> failedItems,
		Reason lastErrorReason, Reason noticeReason) {

	public FeedHealth {
		failedItems = List.copyOf(failedItems);
	}

	public boolean healthy() {
		return this.consecutiveFailures == 0;
	}

}
