package nashir.feed;

import java.net.URI;
import java.time.Instant;

/** A fetch that failed; {@code retryAt} is set when the server said when to come back (Retry-After). */
class FetchException extends FeedException {

	private final transient Instant retryAt;

	FetchException(URI url, Instant retryAt, String key, String english, Object... args) {
		super(url.toString(), key, english, args);
		this.retryAt = retryAt;
	}

	FetchException(URI url, String key, String english, Object... args) {
		this(url, null, key, english, args);
	}

	Instant retryAt() {
		return this.retryAt;
	}

}
