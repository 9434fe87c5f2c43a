package nashir.feed;

import java.net.URI;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * An item of a feed as read, identified but not yet described: its key, link, title and date are
 * all the ledger needs to tell a new story from a known one. Its summary and image cost an HTML parse
 * each, so they are worked out ({@link #item()}) only for the new items that may be handed on: one
 * new story among fifty parses one item's HTML, not fifty.
 *
 * @param title plain text, as {@link FeedItem#title()}
 * @param published the item's own date, or {@code null}
 * @param described the whole item
 */
record FeedEntry(String key, String title, URI link, Instant published, Supplier<FeedItem> described) {

	FeedItem item() {
		return described.get();
	}

}
