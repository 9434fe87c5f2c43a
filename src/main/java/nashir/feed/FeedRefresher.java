package nashir.feed;

/**
 * Polls one feed: conditional fetch, parse, sanitize, identify items, and record them in the
 * ledger, handing the new ones on. (Being implemented: signatures are the contract.)
 */
@org.springframework.stereotype.Component
public class FeedRefresher {

	/**
	 * Polls {@code source} once. New items that pass its filter are given to {@code handler},
	 * oldest first, in the same transaction that records them as seen. On the very first poll of
	 * a feed (or after its URL changed) every item is recorded and only the newest
	 * {@code backlog} are handed on. Never throws for a bad feed: that is a {@link PollOutcome.Failed}.
	 */
	public PollOutcome refresh(FeedSource source, NewItemsHandler handler) {
		throw new UnsupportedOperationException("not yet implemented");
	}

}
