package nashir.feed;

import java.util.List;

/**
 * Receives the items of one poll that are new and pass the feed's filter, oldest first, one item
 * per call. It is called inside the transaction that records them in the ledger, so an item is
 * either recorded and handed on, or neither: a crash can never mark a story seen without it being
 * queued. Each call runs in a savepoint of its own: an exception rolls back only that item's
 * work; the item is then recorded with the reason and the others go on. A {@code
 * TransientDataAccessException} (or another sign of a database outage) fails the whole poll.
 */
@FunctionalInterface
public interface NewItemsHandler {

	void accept(FeedSource source, List<FeedItem> newItems);

}
