package nashir.publish;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a post's image: http(s) only, at most 5 redirects (each checked again), one
 * deadline for the whole download, at most {@link #MAX_BYTES}, and the type judged from the
 * bytes. Every refusal is an {@link ImageRejected} with a short reason.
 */
final class ImageDownloader {

	/** X's limit for a {@code tweet_image}. */
	static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final int MAX_REDIRECTS = 5;

	private final HttpClient http;

	private final Duration timeout;

	private final Clock clock;

	ImageDownloader(HttpClient http, Duration timeout, Clock clock) {
		this.http = http;
		this.timeout = timeout;
		this.clock = clock;
	}

	Image download(String url) throws ImageRejected, InterruptedException {
		Instant deadline = this.clock.instant().plus(this.timeout);
		URI uri = parse(url);
		for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
			HttpResponse<byte[]> response = fetch(uri, deadline);
			int status = response.statusCode();
			if (status >= 300 && status < 400 && status != 304) {
				String location = response.headers()
					.firstValue("location")
					.orElseThrow(() -> new ImageRejected("the image server redirected nowhere (" + status + ")"));
				uri = parse(resolve(uri, location));
				continue;
			}
			if (status != 200) {
				throw new ImageRejected("the image server answered " + status);
			}
			byte[] bytes = response.body();
			return new Image(bytes, ImageType.of(bytes)
				.orElseThrow(() -> new ImageRejected("not a JPEG, PNG, GIF or WebP image")));
		}
		throw new ImageRejected("more than " + MAX_REDIRECTS + " redirects");
	}

	private HttpResponse<byte[]> fetch(URI uri, Instant deadline) throws ImageRejected, InterruptedException {
		Duration left = Duration.between(this.clock.instant(), deadline);
		if (left.isNegative() || left.isZero()) {
			throw tooSlow();
		}
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(left).header("Accept", "image/*").GET().build();
		CompletableFuture<HttpResponse<byte[]>> response = this.http.sendAsync(request, cappedBody());
		try {
			return response.get(left.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			response.cancel(true);
			throw tooSlow();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof CappedBodySubscriber.TooLarge) {
				throw new ImageRejected("larger than 5 MB");
			}
			if (ex.getCause() instanceof HttpTimeoutException) {
				throw tooSlow();
			}
			throw new ImageRejected("download failed (" + describe(ex.getCause()) + ")");
		}
	}

	/** Only a 200's body is kept, and only up to the cap; any other answer's body is dropped. */
	private static BodyHandler<byte[]> cappedBody() {
		return (info) -> (info.statusCode() != 200) ? BodySubscribers.replacing(new byte[0])
				: new CappedBodySubscriber(MAX_BYTES, info.headers().firstValueAsLong("content-length").orElse(-1));
	}

	private ImageRejected tooSlow() {
		long millis = this.timeout.toMillis();
		return new ImageRejected(
				"download took longer than " + ((millis % 1000 == 0) ? (millis / 1000) + " s" : millis + " ms"));
	}

	/**
	 * Feeds give image URLs as WordPress writes them, often with raw Arabic or spaces in the
	 * file name: those are percent-encoded (UTF-8) rather than refused.
	 */
	private static URI parse(String url) throws ImageRejected {
		URI uri;
		try {
			uri = URI.create(URI.create(url.trim().replace(" ", "%20")).toASCIIString());
		}
		catch (IllegalArgumentException ex) {
			throw new ImageRejected("not a valid URL");
		}
		String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
			throw new ImageRejected("only http(s) image URLs are fetched");
		}
		return uri;
	}

	private static String resolve(URI base, String location) throws ImageRejected {
		try {
			return base.resolve(URI.create(location.trim().replace(" ", "%20")).toASCIIString()).toString();
		}
		catch (IllegalArgumentException ex) {
			throw new ImageRejected("the image server redirected to a bad URL");
		}
	}

	private static String describe(Throwable cause) {
		String name = cause.getClass().getSimpleName();
		return (cause instanceof IOException && cause.getMessage() != null) ? name + ": " + cause.getMessage() : name;
	}

}
