package nashir.net;

import java.time.Duration;

/**
 * What one exchange may cost.
 *
 * @param total the whole exchange: connect, every redirect hop, the answer and its body
 * @param maxBytes the most of a body that is read (after gzip is undone)
 * @param keepHead a longer body is cut at {@code maxBytes} (a page's head is all we need) rather than refused
 */
public record Limits(Duration connect, Duration read, Duration total, long maxBytes, int maxRedirects,
		boolean keepHead) {

	/** Error answers are read only this far: their body is a detail for a message. */
	static final long MAX_ERROR_BODY = 64 * 1024;

	public Limits(Duration connect, Duration read, Duration total, long maxBytes, int maxRedirects) {
		this(connect, read, total, maxBytes, maxRedirects, false);
	}

	public Limits keepingHead() {
		return new Limits(this.connect, this.read, this.total, this.maxBytes, this.maxRedirects, true);
	}

}
