package nashir.feed;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A feed entry after parsing and sanitizing: plain text (entities decoded once, tags stripped)
 * and an absolute http(s) link.
 *
 * @param key the stable identity of the item within its feed (guid, else link, else a hash of
 *     title and date)
 * @param published the item's own date, or {@code null} when the feed gives none
 * @param summary the item's description as plain text, or an empty string
 * @param image the story's image, or {@code null}
 */
public record FeedItem(String key, String guid, String title, URI link, Instant published,
		List<String> categories, String author, String summary, URI image) {

	public FeedItem {
		categories = List.copyOf(categories);
		author = author == null ? "" : author;
		summary = summary == null ? "" : summary;
	}

}
