package nashir.net;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Locale;

/**
 * A server's answer: status, headers (looked up without regard to case), the body within the
 * limits, and the URL that gave it after redirects.
 */
public record Answer(int status, HttpHeaders headers, byte[] body, URI uri) {

	public boolean isSuccess() {
		return this.status >= 200 && this.status < 300;
	}

	/** The media type without parameters, lower case; empty when none was named. */
	public String mediaType() {
		String type = this.headers.firstValue("content-type").orElse("");
		return type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
	}

	public boolean isHtml() {
		return mediaType().equals("text/html") || mediaType().equals("application/xhtml+xml");
	}

}
