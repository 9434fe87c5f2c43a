package nashir.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import nashir.feed.FetchResult.Fetched;
import nashir.feed.FetchResult.NotModified;
import nashir.feed.FetchResult.Validators;
import nashir.net.Answer;
import nashir.net.Call;
import nashir.net.Http;
import nashir.net.Limits;
import nashir.net.NetException;

/**
 * Fetches a feed's bytes from http(s) (through {@link Http}: redirects, gzip, the size and time
 * caps and the address guard) or from a {@code file:} URL, with a conditional GET.
 */
final class FeedFetcher {

	private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
			+ "text/xml;q=0.9, */*;q=0.8";

	private final FeedSettings settings;

	private final Http http;

	private final Clock clock;

	FeedFetcher(FeedSettings settings, Http http, Clock clock) {
		this.settings = settings;
		this.http = http;
		this.clock = clock;
	}

	FetchResult fetch(URI url, Validators validators) throws FetchException {
		String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
		return switch (scheme) {
			case "http", "https" -> fetchHttp(url, validators);
			case "file" -> fetchFile(url);
			default -> throw new FetchException(url, "feed.error.scheme", "only http, https and file URLs can be read");
		};
	}

	private FetchException tooLarge(URI url) {
		return new FetchException(url, "feed.error.tooLarge", "the feed is larger than " + maxBytes() + " bytes", maxBytes());
	}

	private Fetched fetchFile(URI url) throws FetchException {
		try {
			Path path = Path.of(url);
			if (!Files.isRegularFile(path) && Files.exists(path)) {
				throw new FetchException(url, "feed.error.notFile", "not a regular file");
			}
			// Read with the cap, not by the size the file system reports: a file can grow while read.
			byte[] body;
			try (InputStream in = Files.newInputStream(path)) {
				body = in.readNBytes(Math.toIntExact(Math.min(maxBytes() + 1, Integer.MAX_VALUE - 8)));
			}
			if (body.length > maxBytes()) {
				throw tooLarge(url);
			}
			return new Fetched(url, body, null, Validators.NONE, null, null);
		}
		catch (NoSuchFileException ex) {
			throw new FetchException(url, "feed.error.noFile", "no such file");
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new FetchException(url, "feed.error.fileUnreadable", "cannot read the file (" + ex.getMessage() + ")",
					String.valueOf(ex.getMessage()));
		}
	}

	private FetchResult fetchHttp(URI url, Validators validators) throws FetchException {
		Answer answer;
		try {
			answer = this.http.send(Call.get(url, headers(validators), limits()));
		}
		catch (NetException ex) {
			throw ex.kind() == NetException.Kind.TOO_LARGE ? tooLarge(url)
					: new FetchException(url, "feed.error.net." + ex.kind(), ex.getMessage());
		}
		if (answer.status() == 304) {
			return new NotModified();
		}
		if (answer.status() != 200) {
			throw HttpErrors.forStatus(url, answer.status(), answer.headers(), this.clock);
		}
		HttpHeaderLinks links = HttpHeaderLinks.of(answer.headers().allValues("Link"), answer.uri());
		return new Fetched(answer.uri(), answer.body(), answer.headers().firstValue("Content-Type").orElse(null),
				new Validators(answer.headers().firstValue("ETag").orElse(null),
						answer.headers().firstValue("Last-Modified").orElse(null)),
				links.hub(), links.self());
	}

	private static Map<String, String> headers(Validators validators) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Accept", ACCEPT);
		if (validators.etag() != null) {
			headers.put("If-None-Match", validators.etag());
		}
		if (validators.lastModified() != null) {
			headers.put("If-Modified-Since", validators.lastModified());
		}
		return headers;
	}

	private Limits limits() {
		return new Limits(this.settings.connectTimeout(), this.settings.readTimeout(), this.settings.totalTimeout(),
				maxBytes(), this.settings.maxRedirects());
	}

	private long maxBytes() {
		return this.settings.maxBodySize().toBytes();
	}

}
