package nashir.feed;

import java.time.Instant;

/** A fetch that failed; {@code retryAt} is set when the server said when to come back (Retry-After). */
class FetchException extends FeedException {

	private final transient Instant retryAt;

	FetchException(String message, Instant retryAt) {
		super(message);
		this.retryAt = retryAt;
	}

	FetchException(String message) {
		this(message, null);
	}

	Instant retryAt() {
		return this.retryAt;
	}

}
