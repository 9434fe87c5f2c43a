package nashir.compose;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import nashir.net.Answer;
import nashir.net.Call;
import nashir.net.Http;
import nashir.net.Limits;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an article page's {@code og:image} (or {@code twitter:image}) with tight limits: only
 * http(s) to public addresses, at most {@value #MAX_REDIRECTS} redirects, the first {@code maxBytes}
 * of the page (its head holds the meta tags), and one deadline for the whole exchange, because a
 * slow news site must not hold up posting.
 */
class PageImageLookup implements ImageLookup {

	static final int MAX_REDIRECTS = 5;

	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

	static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(5);

	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final int RECENT_PAGES = 64;

	private static final Logger log = LoggerFactory.getLogger(PageImageLookup.class);

	private static final String IMAGE_META = "meta[property=og:image], meta[property=og:image:url], "
			+ "meta[property=og:image:secure_url], meta[name=twitter:image], meta[property=twitter:image], "
			+ "meta[name=twitter:image:src]";

	private final Http http;

	private final Limits limits;

	private final Map<String, Optional<String>> recent = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> eldest) {
			return size() > RECENT_PAGES;
		}
	});

	PageImageLookup(Http http) {
		this(http, CONNECT_TIMEOUT, TOTAL_TIMEOUT, MAX_BYTES);
	}

	PageImageLookup(Http http, Duration connectTimeout, Duration totalTimeout, int maxBytes) {
		this.http = http;
		this.limits = new Limits(connectTimeout, totalTimeout, totalTimeout, maxBytes, MAX_REDIRECTS).keepingHead();
	}

	/**
	 * A story is composed once per target account: the page is read once. Misses are kept too,
	 * so a page without an image or out of reach costs one wait, not one per account.
	 */
	@Override
	public String imageOf(String pageUrl) {
		Optional<String> known = recent.get(pageUrl);
		if (known == null) {
			// Not under the map's lock: one slow page must not hold up the lookup of another.
			known = Optional.ofNullable(lookUp(pageUrl));
			recent.put(pageUrl, known);
		}
		return known.orElse(null);
	}

	private String lookUp(String pageUrl) {
		try {
			Answer answer = this.http.send(Call.get(URI.create(pageUrl), Map.of("Accept", "text/html,application/xhtml+xml"),
					this.limits));
			if (answer.status() != 200) {
				throw new IOException("status " + answer.status());
			}
			if (!answer.isHtml()) {
				throw new IOException("not an HTML page: content-type=" + answer.mediaType());
			}
			return imageIn(answer);
		}
		catch (IOException | IllegalArgumentException ex) {
			log.warn("Page image lookup failed page={} reason=\"{}\"", pageUrl, ex.getMessage());
			return null;
		}
	}

	private String imageIn(Answer answer) throws IOException {
		Document document = Jsoup.parse(new ByteArrayInputStream(answer.body()),
				charset(answer.headers().firstValue("content-type").orElse("")), answer.uri().toString());
		for (Element meta : document.select(IMAGE_META)) {
			// absUrl resolves a relative image against the page (and its <base href>).
			String image = meta.absUrl("content");
			if (image.regionMatches(true, 0, "http://", 0, 7) || image.regionMatches(true, 0, "https://", 0, 8)) {
				return image;
			}
		}
		log.info("Preview image not found page={}", answer.uri());
		return null;
	}

	/** The declared charset, or {@code null} to let jsoup read it from the page's meta tag. */
	private static String charset(String contentType) {
		for (String parameter : contentType.split(";")) {
			String[] pair = parameter.strip().split("=", 2);
			if (pair.length == 2 && pair[0].equalsIgnoreCase("charset")) {
				return pair[1].replace("\"", "").strip();
			}
		}
		return null;
	}

}
