package nashir.net;

import java.io.IOException;
import java.net.http.HttpHeaders;

/**
 * An exchange that gave no usable answer, with a one-line reason that names no URL (callers add
 * theirs) and never tells whether a refused address has anything listening.
 */
public final class NetException extends IOException {

	/** Why the exchange failed; callers that word it their own way switch on it. */
	public enum Kind {

		/** The address is internal and not allowed ({@code nashir.net.allowed-private-hosts}). */
		REFUSED_ADDRESS,
		/** Not an http(s) URL, a redirect without or with a bad Location, or too many redirects. */
		BAD_URL,
		UNKNOWN_HOST, CONNECT_FAILED, CONNECT_TIMEOUT,
		/** No data within the read timeout. */
		READ_TIMEOUT,
		/** The whole exchange took longer than its limit. */
		TOTAL_TIMEOUT,
		/** A body larger than its limit. */
		TOO_LARGE, TLS, NETWORK

	}

	private final Kind kind;

	private final int status;

	private final transient HttpHeaders headers;

	NetException(Kind kind, String reason) {
		this(kind, reason, 0, null, null);
	}

	NetException(Kind kind, String reason, int status, HttpHeaders headers, Throwable cause) {
		super(reason, cause);
		this.kind = kind;
		this.status = status;
		this.headers = headers;
	}

	public Kind kind() {
		return this.kind;
	}

	public boolean isTimeout() {
		return this.kind == Kind.CONNECT_TIMEOUT || this.kind == Kind.READ_TIMEOUT || this.kind == Kind.TOTAL_TIMEOUT;
	}

	/**
	 * The status of the answer whose body could not be read, or 0 when no answer came: a 2xx here
	 * means the server took the request although its answer is lost.
	 */
	public int status() {
		return this.status;
	}

	/** The headers of that answer, or {@code null}. */
	public HttpHeaders headers() {
		return this.headers;
	}

	NetException withAnswer(int status, HttpHeaders headers) {
		return new NetException(this.kind, getMessage(), status, headers, getCause());
	}

}
