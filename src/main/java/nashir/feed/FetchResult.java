package nashir.feed;

import java.net.URI;

/** What fetching a feed's URL gave: a body to parse, or a 304 that costs nothing. */
sealed interface FetchResult {

	/**
	 * @param url where the body finally came from (after redirects): relative links resolve against it
	 * @param contentType the Content-Type header, or {@code null} (files): one of the charset hints
	 * @param validators the ETag and Last-Modified to send next time
	 * @param hub the WebSub hub named by an HTTP {@code Link} header, or {@code null}
	 * @param self the topic URL named by an HTTP {@code Link} header, or {@code null}
	 */
	record Fetched(URI url, byte[] body, String contentType, Validators validators, URI hub, URI self)
			implements FetchResult {
	}

	record NotModified() implements FetchResult {
	}

	/** The conditional-GET validators of a feed; either may be {@code null}. */
	record Validators(String etag, String lastModified) {

		static final Validators NONE = new Validators(null, null);

	}

}
