package nashir.publish;

import java.net.URI;

/**
 * Signs one request with OAuth 1.0a user context (HMAC-SHA1). Only the method, the URL and
 * its query take part: X's JSON and multipart bodies are not in the signature base string.
 */
interface OAuthSigner {

	/** The value of the {@code Authorization} header for this request. */
	String authorization(String method, URI url);

}
