package nashir.alert;

import nashir.feed.FeedPollFailed;
import nashir.feed.FeedRecovered;
import nashir.queue.AccountPaused;
import nashir.queue.BudgetReached;
import nashir.queue.PostFailed;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns what the queue and the feeds publish into alerts, after the change that caused them is
 * committed (at once when there was no transaction): an alert never tells of a change that was
 * rolled back.
 */
@Component
class AlertEvents {

	private final AlertSender sender;

	private final AlertSettings settings;

	AlertEvents(AlertSender sender, AlertSettings settings) {
		this.sender = sender;
		this.settings = settings;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void accountPaused(AccountPaused event) {
		this.sender.raise(Alert.of(AlertKind.ACCOUNT_PAUSED, event.at(), event.reason(), event.account(), event.kind()));
	}

	/** Once per failing spell: at the N-th failure in a row, not at every one after it. */
	@TransactionalEventListener(fallbackExecution = true)
	void feedFailed(FeedPollFailed event) {
		if (event.consecutiveFailures() == this.settings.feedFailures()) {
			this.sender.raise(Alert.of(AlertKind.FEED_FAILING, event.at(), event.error(), event.feedId(),
					event.consecutiveFailures()));
		}
	}

	/** Only a feed that was alerted as failing is alerted as recovered. */
	@TransactionalEventListener(fallbackExecution = true)
	void feedRecovered(FeedRecovered event) {
		if (event.failedPolls() >= this.settings.feedFailures()) {
			this.sender.raise(Alert.of(AlertKind.FEED_RECOVERED, event.at(), null, event.feedId(), event.failedPolls()));
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void postFailed(PostFailed event) {
		this.sender.raise(Alert.of(AlertKind.POST_FAILED, event.at(), event.reason(), event.postId(), event.account(),
				event.title() == null ? "" : event.title()));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void budgetReached(BudgetReached event) {
		this.sender.raise(Alert.of(AlertKind.BUDGET_REACHED, event.at(), null, event.account(), event.period(),
				event.budget().toPlainString(), event.spent().toPlainString()));
	}

}
