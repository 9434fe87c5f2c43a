package nashir.feed;

import java.net.URI;
import java.util.Objects;

/**
 * One feed as a schedule names it: the id under which its state and ledger are kept, where to
 * read it, how many existing items to post on the very first poll, and which items to post.
 */
public record FeedSource(String feedId, URI url, int backlog, FeedFilter filter) {

	public FeedSource {
		Objects.requireNonNull(feedId, "feedId");
		Objects.requireNonNull(url, "url");
		if (backlog < 0) {
			throw new IllegalArgumentException("backlog must not be negative: " + backlog);
		}
		filter = filter == null ? FeedFilter.NONE : filter;
	}

}
