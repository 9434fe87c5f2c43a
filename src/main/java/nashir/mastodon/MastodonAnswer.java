package nashir.mastodon;

import java.net.http.HttpHeaders;
import java.util.Map;
import java.util.Optional;

/**
 * An instance's answer to one call: status, headers (looked up without regard to case) and body.
 *
 * @param unreadable why the body could not be read (too large, cut off), or {@code null}
 */
record MastodonAnswer(int status, HttpHeaders headers, String body, String unreadable) {

	MastodonAnswer {
		headers = (headers == null) ? HttpHeaders.of(Map.of(), (name, value) -> true) : headers;
	}

	boolean isSuccess() {
		return this.status >= 200 && this.status < 300;
	}

	Optional<String> header(String name) {
		return this.headers.firstValue(name).map(String::trim).filter((value) -> !value.isEmpty());
	}

}
