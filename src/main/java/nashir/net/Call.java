package nashir.net;

import java.net.URI;
import java.util.Map;

/**
 * One request to send: method, URL, headers (the user agent is added), an optional body and what
 * the exchange may cost.
 */
public record Call(String method, URI uri, Map<String, String> headers, byte[] body, Limits limits) {

	public Call {
		headers = Map.copyOf(headers);
	}

	public static Call get(URI uri, Map<String, String> headers, Limits limits) {
		return new Call("GET", uri, headers, null, limits);
	}

	public static Call post(URI uri, Map<String, String> headers, byte[] body, Limits limits) {
		return new Call("POST", uri, headers, body, limits);
	}

	/** The next hop: 307 and 308 repeat the request as it was, the others turn it into a GET (RFC 9110 §15.4). */
	Call redirectedTo(URI target, int status) {
		return (status == 307 || status == 308) ? new Call(this.method, target, this.headers, this.body, this.limits)
				: new Call("GET", target, this.headers, null, this.limits);
	}

}
