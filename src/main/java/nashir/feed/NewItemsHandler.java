package nashir.feed;

import java.util.List;

/**
 * Receives the items of one poll that are new and pass the feed's filter, oldest first. It is
 * called inside the transaction that records them in the ledger, so an item is either recorded
 * and handed on, or neither: a crash can never mark a story seen without it being queued.
 */
@FunctionalInterface
public interface NewItemsHandler {

	void accept(FeedSource source, List<FeedItem> newItems);

}
