package nashir.publish;

import java.net.http.HttpHeaders;
import java.util.Optional;

/** X's answer to one call: status, headers (looked up without regard to case) and body. */
record XAnswer(int status, HttpHeaders headers, String body) {

	boolean isSuccess() {
		return this.status >= 200 && this.status < 300;
	}

	Optional<String> header(String name) {
		return this.headers.firstValue(name).map(String::trim).filter((value) -> !value.isEmpty());
	}

}
