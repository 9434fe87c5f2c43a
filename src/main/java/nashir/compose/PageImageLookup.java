package nashir.compose;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an article page's {@code og:image} (or {@code twitter:image}) with tight limits: only
 * http(s), at most {@value #MAX_REDIRECTS} redirects, the first {@code maxBytes} of the page, and
 * one deadline for the whole exchange, because a slow news site must not hold up posting.
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

	private final HttpClient client;

	private final Duration totalTimeout;

	private final int maxBytes;

	private final Map<String, Optional<String>> recent = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> eldest) {
			return size() > RECENT_PAGES;
		}
	});

	PageImageLookup() {
		this(CONNECT_TIMEOUT, TOTAL_TIMEOUT, MAX_BYTES);
	}

	PageImageLookup(Duration connectTimeout, Duration totalTimeout, int maxBytes) {
		// Redirects are followed by hand so that each hop is checked to be http(s) and counted.
		// HTTP/1.1 because the client's h2c upgrade on http:// fails on some bodiless answers.
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.totalTimeout = totalTimeout;
		this.maxBytes = maxBytes;
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
		long deadline = System.nanoTime() + totalTimeout.toNanos();
		try {
			URI page = URI.create(pageUrl);
			for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
				requireHttp(page);
				HttpResponse<byte[]> response = fetch(page, deadline);
				Optional<String> location = response.headers().firstValue("location");
				if (response.statusCode() / 100 == 3 && location.isPresent()) {
					page = page.resolve(URI.create(Links.escapeReference(utf8(location.get()))));
					continue;
				}
				if (response.statusCode() != 200) {
					throw new IOException("status " + response.statusCode());
				}
				return imageIn(response, page);
			}
			throw new IOException("more than " + MAX_REDIRECTS + " redirects");
		}
		catch (IOException | IllegalArgumentException | ExecutionException | TimeoutException ex) {
			String reason = ex instanceof TimeoutException ? "timed out after " + totalTimeout
					: ex instanceof ExecutionException ? String.valueOf(ex.getCause()) : ex.getMessage();
			log.warn("Page image lookup failed page={} reason=\"{}\"", pageUrl, reason);
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private HttpResponse<byte[]> fetch(URI page, long deadline)
			throws InterruptedException, ExecutionException, TimeoutException {
		long remaining = Math.max(1, deadline - System.nanoTime());
		HttpRequest request = HttpRequest.newBuilder(page)
			.timeout(Duration.ofNanos(remaining))
			.header("Accept", "text/html,application/xhtml+xml")
			.header("User-Agent", "Nashir (link preview)")
			.GET()
			.build();
		CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request,
				(info) -> info.statusCode() == 200 && isHtml(info.headers().firstValue("content-type").orElse(""))
						? new CappedBody(maxBytes) : HttpResponse.BodySubscribers.replacing(new byte[0]));
		try {
			return exchange.get(remaining, TimeUnit.NANOSECONDS);
		}
		finally {
			exchange.cancel(true);
		}
	}

	private String imageIn(HttpResponse<byte[]> response, URI page) throws IOException {
		String contentType = response.headers().firstValue("content-type").orElse("");
		if (!isHtml(contentType)) {
			throw new IOException("not an HTML page: content-type=" + contentType);
		}
		Document document = Jsoup.parse(new ByteArrayInputStream(response.body()), charset(contentType),
				page.toString());
		for (Element meta : document.select(IMAGE_META)) {
			// absUrl resolves a relative image against the page (and its <base href>).
			String image = meta.absUrl("content");
			if (image.regionMatches(true, 0, "http://", 0, 7) || image.regionMatches(true, 0, "https://", 0, 8)) {
				return image;
			}
		}
		log.info("Preview image not found page={}", page);
		return null;
	}

	/**
	 * Some servers send a raw UTF-8 Location (an Arabic slug); the client reads header bytes as
	 * ISO-8859-1, so such a value is read again as the UTF-8 it was.
	 */
	static String utf8(String header) {
		if (header.chars().allMatch((c) -> c < 0x80) || header.chars().anyMatch((c) -> c > 0xFF)) {
			return header;
		}
		String decoded = new String(header.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
		return decoded.indexOf('\uFFFD') >= 0 ? header : decoded;
	}

	private static void requireHttp(URI page) throws IOException {
		String scheme = page.getScheme() == null ? "" : page.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new IOException("not an http(s) address: " + page);
		}
	}

	private static boolean isHtml(String contentType) {
		String type = contentType.toLowerCase(Locale.ROOT);
		return type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
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
