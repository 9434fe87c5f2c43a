package nashir.feed;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a parsed entry into a {@link FeedEntry}: its stable key, plain-text title and an absolute
 * percent-encoded http(s) link at once, and, when asked, the {@link FeedItem} with its plain-text
 * summary and the story's image. An entry without a usable link is skipped (and logged) so the rest
 * of the feed goes on.
 */
final class ItemProcessor {

	private static final Logger log = LoggerFactory.getLogger(ItemProcessor.class);

	/** A headline longer than this is no headline (X takes 280); cut, it fits every column it is stored in. */
	static final int MAX_TITLE = 1_000;

	/** The queue's and the ledger's URL columns hold this much; a longer image URL is not used. */
	static final int MAX_URL = 2_000;

	/** The entry identified, or empty when it has no usable link; what it says is read when it is asked for. */
	Optional<FeedEntry> identify(RawEntry entry, URI feedUrl) {
		String title = title(entry.title());
		URI link = absolute(entry.link(), entry.base());
		if (link == null) {
			skipped(feedUrl, entry.link(), title);
			return Optional.empty();
		}
		String key = ItemIdentity.key(entry.uri(), link, title, entry.published());
		return Optional.of(new FeedEntry(key, title, link, entry.published(),
				() -> describe(entry, key, title, link, feedUrl)));
	}

	/** An item the feed gives without a usable link: the rest of the feed goes on, and the log says which. */
	static void skipped(URI feedUrl, String link, String title) {
		log.info("feed item skipped reason=\"link is not an http(s) URL\" feed={} link=\"{}\" title=\"{}\"", feedUrl, link,
				title);
	}

	/** A title as written (entities, maybe markup) as plain text, cut to what a headline can be. */
	static String title(String written) {
		return HtmlText.cut(HtmlText.plain(written), MAX_TITLE);
	}

	private static FeedItem describe(RawEntry entry, String key, String title, URI link, URI feedUrl) {
		String body = entry.content() != null ? entry.content() : entry.description();
		String summary = HtmlText.plain(entry.description() != null ? entry.description() : entry.content());
		// The <img> fallback costs an HTML parse: only when no Media RSS or enclosure image is usable.
		URI image = entry.images()
			.stream()
			.map((candidate) -> absolute(candidate, link))
			.filter((candidate) -> candidate != null)
			.findFirst()
			.orElseGet(() -> absolute(HtmlText.firstImage(body, link), link));
		if (image != null && image.toString().length() > MAX_URL) {
			log.info("feed image dropped reason=\"URL longer than {} characters\" feed={} title=\"{}\"", MAX_URL, feedUrl,
					title);
			image = null;
		}
		return new FeedItem(key, entry.uri(), title, link, entry.published(),
				entry.categories().stream().map(HtmlText::plain).filter((name) -> !name.isEmpty()).toList(),
				HtmlText.plain(entry.author()), summary, image);
	}

	/**
	 * {@code href} resolved against {@code base}, percent-encoded (raw Arabic in a link breaks X's
	 * link detection), or {@code null} when it is missing, malformed or not http(s).
	 */
	static URI absolute(String href, URI base) {
		if (href == null || href.isBlank()) {
			return null;
		}
		try {
			URI resolved = base.resolve(parse(href.strip()));
			String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("http") || scheme.equals("https")) || resolved.getHost() == null) {
				return null;
			}
			// Most links are ASCII already (percent-encoded): then the resolved URI is the one a parse of its text gives.
			String ascii = resolved.toASCIIString();
			return ascii.equals(resolved.toString()) ? resolved : new URI(ascii);
		}
		catch (URISyntaxException | IllegalArgumentException | MalformedURLException ex) {
			return null;
		}
	}

	/** Feeds carry links with spaces and other characters URIs forbid: quote them rather than drop the item. */
	private static URI parse(String href) throws URISyntaxException, MalformedURLException {
		try {
			return new URI(href);
		}
		catch (URISyntaxException ex) {
			URL url = new URL(href);
			return new URI(url.getProtocol(), url.getUserInfo(), url.getHost(), url.getPort(), url.getPath(), url.getQuery(),
					url.getRef());
		}
	}

}
