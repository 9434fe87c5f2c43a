package nashir.publish;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import nashir.net.Answer;
import nashir.net.Call;
import nashir.net.Http;
import nashir.net.Limits;
import nashir.net.NetException;

/**
 * Fetches a post's image through the guarded client: http(s) to public addresses only, at most 5
 * redirects (each checked again), one deadline for the whole download, at most {@link #MAX_BYTES},
 * and the type judged from the bytes. Every refusal is an {@link ImageRejected} with a short reason.
 */
public final class ImageDownloader {

	/** X's limit for a {@code tweet_image}. */
	static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final int MAX_REDIRECTS = 5;

	private final Http http;

	private final Duration timeout;

	private final Limits limits;

	public ImageDownloader(Http http, Duration connectTimeout, Duration timeout) {
		this.http = http;
		this.timeout = timeout;
		this.limits = new Limits(connectTimeout, timeout, timeout, MAX_BYTES, MAX_REDIRECTS);
	}

	public Image download(String url) throws ImageRejected {
		Answer answer;
		try {
			answer = this.http.send(Call.get(parse(url), Map.of("Accept", "image/*"), this.limits));
		}
		catch (NetException ex) {
			throw reason(ex);
		}
		if (answer.status() != 200) {
			throw new ImageRejected("publish.note.image.status", "the image server answered " + answer.status(),
					answer.status());
		}
		byte[] bytes = answer.body();
		return new Image(bytes,
				ImageType.of(bytes).orElseThrow(() -> new ImageRejected("publish.note.image.type", "not a JPEG, PNG, GIF or WebP image")));
	}

	private ImageRejected reason(NetException ex) {
		return switch (ex.kind()) {
			case TOO_LARGE -> new ImageRejected("publish.note.image.tooLarge", "larger than 5 MB");
			case CONNECT_TIMEOUT, READ_TIMEOUT, TOTAL_TIMEOUT -> new ImageRejected("publish.note.image.slow",
					"download took longer than " + human(this.timeout), this.timeout.toMillis());
			case REFUSED_ADDRESS -> new ImageRejected("publish.note.image.refusedAddress", ex.getMessage());
			case BAD_URL -> new ImageRejected("publish.note.image.badUrl", ex.getMessage());
			default -> new ImageRejected("publish.note.image.failed", "download failed (" + ex.getMessage() + ")");
		};
	}

	private static String human(Duration duration) {
		long millis = duration.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + " s" : millis + " ms";
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
			throw new ImageRejected("publish.note.image.badUrl", "not a valid URL");
		}
		String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
			throw new ImageRejected("publish.note.image.scheme", "only http(s) image URLs are fetched");
		}
		return uri;
	}

}
