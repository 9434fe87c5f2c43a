package nashir.feed;

import java.net.URI;
import java.util.List;

/**
 * Reads a feed once, without any state: fetch, parse, sanitize. Used by the preview command and
 * by {@link FeedRefresher}. Can be built without Spring. (Being implemented: signatures are the contract.)
 */
public class FeedReader {

	public FeedReader(FeedSettings settings) {
	}

	/** All items of the feed, newest first. */
	public List<FeedItem> read(URI url) throws FeedException {
		throw new UnsupportedOperationException("not yet implemented");
	}

}
