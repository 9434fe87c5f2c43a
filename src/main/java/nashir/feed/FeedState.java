package nashir.feed;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import nashir.feed.FetchResult.Validators;
import nashir.text.Reason;

/** A feed's row in {@code feed_state}: where it was read, its validators, and its health. */
record FeedState(String feedId, URI url, Validators validators, Instant baselineAt, Instant lastPollAt,
		Instant lastSuccessAt, int consecutiveFailures, String lastError, Instant retryAt, String notice,
		Instant noticeAt, String bodyHash) {

	/** A baseline is taken on the first successful read, and again when the schedule points elsewhere. */
	boolean needsBaseline(URI currentUrl) {
		return this.baselineAt == null || !this.url.equals(currentUrl);
	}

	/** Nothing to write after a poll that found nothing new: the row already says all there is to say. */
	boolean healthy() {
		return this.consecutiveFailures == 0 && this.lastError == null && this.retryAt == null;
	}

	FeedHealth health(List<ItemFailure> failedItems) {
		return new FeedHealth(this.feedId, this.url, this.lastPollAt, this.lastSuccessAt, this.consecutiveFailures,
				Reason.english(this.lastError), this.retryAt, Reason.english(this.notice), this.noticeAt, failedItems,
				Reason.read(this.lastError), Reason.read(this.notice));
	}

}
