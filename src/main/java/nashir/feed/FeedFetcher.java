package nashir.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

import javax.net.ssl.SSLException;

import nashir.feed.FetchResult.Fetched;
import nashir.feed.FetchResult.NotModified;
import nashir.feed.FetchResult.Validators;

/**
 * Fetches a feed's bytes from http(s) or a {@code file:} URL: conditional GET, redirects counted
 * by us, gzip undone by us (HttpClient does neither), body size and total time capped.
 */
final class FeedFetcher {

	static final String USER_AGENT = "Nashir/0.1 (+https://github.com/nashir)";

	private final FeedSettings settings;

	private final HttpClient client;

	private final Clock clock;

	FeedFetcher(FeedSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		// Redirects are followed by hand so that their number is ours to limit.
		this.client = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	FetchResult fetch(URI url, Validators validators) throws FetchException {
		String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
		return switch (scheme) {
			case "http", "https" -> fetchHttp(url, validators);
			case "file" -> fetchFile(url);
			default -> throw new FetchException(url + ": only http, https and file URLs can be read");
		};
	}

	private Fetched fetchFile(URI url) throws FetchException {
		try {
			Path path = Path.of(url);
			if (Files.size(path) > maxBytes()) {
				throw new FetchException(url + ": the feed is larger than " + maxBytes() + " bytes");
			}
			return new Fetched(url, Files.readAllBytes(path), null, Validators.NONE, null, null);
		}
		catch (NoSuchFileException ex) {
			throw new FetchException(url + ": no such file");
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new FetchException(url + ": cannot read the file (" + ex.getMessage() + ")");
		}
	}

	private FetchResult fetchHttp(URI url, Validators validators) throws FetchException {
		// Measured on the monotonic clock; the wall clock only dates a server's Retry-After.
		long deadline = System.nanoTime() + this.settings.totalTimeout().toNanos();
		URI current = url;
		for (int redirects = 0;; redirects++) {
			HttpResponse<byte[]> response = send(url, request(current, validators), deadline);
			int status = response.statusCode();
			if (status == 304) {
				return new NotModified();
			}
			if (status >= 300 && status < 400 && status != 304) {
				if (redirects == this.settings.maxRedirects()) {
					throw new FetchException(url + ": too many redirects (more than " + redirects + ")");
				}
				current = redirectTarget(url, current, response);
				continue;
			}
			if (status != 200) {
				throw HttpErrors.forStatus(url, response, this.clock);
			}
			HttpHeaderLinks links = HttpHeaderLinks.of(response.headers().allValues("Link"), current);
			return new Fetched(current, decode(url, response), response.headers().firstValue("Content-Type").orElse(null),
					new Validators(response.headers().firstValue("ETag").orElse(null),
							response.headers().firstValue("Last-Modified").orElse(null)),
					links.hub(), links.self());
		}
	}

	private HttpRequest request(URI target, Validators validators) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(target)
			.timeout(this.settings.readTimeout())
			.header("User-Agent", USER_AGENT)
			.header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8")
			.header("Accept-Encoding", "gzip");
		if (validators.etag() != null) {
			builder.header("If-None-Match", validators.etag());
		}
		if (validators.lastModified() != null) {
			builder.header("If-Modified-Since", validators.lastModified());
		}
		return builder.GET().build();
	}

	private HttpResponse<byte[]> send(URI url, HttpRequest request, long deadline) throws FetchException {
		long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
		CompletableFuture<HttpResponse<byte[]>> future = this.client.sendAsync(request,
				info -> new CappedBodySubscriber(maxBytes()));
		try {
			return future.get(Math.max(remaining, 1), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			throw new FetchException(url + ": no complete answer within " + human(this.settings.totalTimeout()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FetchException(url + ": interrupted");
		}
		catch (ExecutionException ex) {
			throw new FetchException(url + ": " + describe(ex.getCause()));
		}
	}

	private String describe(Throwable cause) {
		if (cause instanceof CappedBodySubscriber.BodyTooLargeException) {
			return cause.getMessage();
		}
		if (cause instanceof HttpConnectTimeoutException) {
			return "could not connect within " + human(this.settings.connectTimeout());
		}
		if (cause instanceof HttpTimeoutException) {
			return "no answer within " + human(this.settings.readTimeout());
		}
		if (cause instanceof ConnectException && cause.getCause() instanceof UnresolvedAddressException
				|| cause instanceof UnknownHostException) {
			return "unknown host";
		}
		if (cause instanceof ConnectException) {
			return "connection refused";
		}
		if (cause instanceof SSLException) {
			return "TLS failed (" + cause.getMessage() + ")";
		}
		return "network error (" + cause + ")";
	}

	private static URI redirectTarget(URI url, URI current, HttpResponse<?> response) throws FetchException {
		String location = response.headers()
			.firstValue("Location")
			.orElseThrow(() -> new FetchException(url + ": a redirect without a Location"));
		URI target;
		try {
			target = current.resolve(location.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new FetchException(url + ": a redirect to a malformed URL");
		}
		String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new FetchException(url + ": a redirect to a non-http URL");
		}
		return target;
	}

	/** Undoes gzip with the same cap on the inflated size: a small gzip bomb must not fill memory. */
	private byte[] decode(URI url, HttpResponse<byte[]> response) throws FetchException {
		String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").trim();
		if (!encoding.equalsIgnoreCase("gzip") && !encoding.equalsIgnoreCase("x-gzip")) {
			return response.body();
		}
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
			byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes() + 1));
			if (body.length > maxBytes()) {
				throw new FetchException(url + ": the feed is larger than " + maxBytes() + " bytes");
			}
			return body;
		}
		catch (IOException ex) {
			throw new FetchException(url + ": the gzip body is corrupt");
		}
	}

	private static String human(Duration duration) {
		return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
	}

	private long maxBytes() {
		return this.settings.maxBodySize().toBytes();
	}

}
