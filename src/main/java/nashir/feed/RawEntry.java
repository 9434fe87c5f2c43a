package nashir.feed;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * One entry as the parser saw it, before sanitizing: text may still hold HTML and entities, links
 * may be relative or not http(s).
 *
 * @param base what relative links of the entry resolve against: the feed URL, or its xml:base
 * @param uri the guid (RSS) or id (Atom), or the link when the feed gives none
 * @param images candidate image URLs in order of preference: Media RSS content, Media RSS
 *     thumbnail, image enclosure
 */
record RawEntry(URI base, String uri, String title, String link, Instant published, List<String> categories, String author,
		String description, String content, List<String> images) {
}
