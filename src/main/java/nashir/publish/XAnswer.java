package nashir.publish;

import java.net.http.HttpHeaders;
import java.util.Locale;
import java.util.Optional;

import nashir.text.Reason;

/**
 * X's answer to one call: status, headers (looked up without regard to case) and body.
 *
 * @param unreadable why the body could not be read (too large, cut off), or {@code null}
 */
record XAnswer(int status, HttpHeaders headers, String body, String unreadable) {

	XAnswer(int status, HttpHeaders headers, String body) {
		this(status, headers, body, null);
	}

	boolean isSuccess() {
		return this.status >= 200 && this.status < 300;
	}

	/**
	 * The note of a success whose body names no id: X took the call, so it must never be sent
	 * again, but someone should look on X. An HTML body means something other than X's API answered.
	 */
	Reason unreadableNote() {
		String type = header("content-type").orElse("").toLowerCase(Locale.ROOT);
		String key = (this.unreadable != null) ? "publish.note.unreadable"
				: type.startsWith("text/html") ? "publish.note.html" : "publish.note.noId";
		String why = (this.unreadable != null) ? this.unreadable
				: type.startsWith("text/html") ? "X answered HTML, check the account on X" : "no data.id in the answer";
		return Reason.of(key, "X took it, answer unreadable (" + this.status + ", " + why + ")", this.status);
	}

	Optional<String> header(String name) {
		return this.headers.firstValue(name).map(String::trim).filter((value) -> !value.isEmpty());
	}

}
