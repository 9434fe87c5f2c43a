package nashir.account;

import java.time.Instant;

/**
 * A sign-in between Nashir's request token and X's verifier: kept in the admin's session only
 * (never in a page or a URL but the token itself), used once, dead after {@code expiresAt}. Not
 * serializable on purpose, so a session written to disk leaves the token secret out.
 *
 * @param reconnect whether it gives an existing account new credentials rather than adding one
 * @param authorizeUrl X's page where the admin signs in and allows the app
 */
public record PendingSignIn(String account, boolean reconnect, XApp app, String requestToken,
		String requestTokenSecret, String authorizeUrl, Instant expiresAt) {

	@Override
	public String toString() {
		return "PendingSignIn[account=" + account + ", reconnect=" + reconnect + ", expiresAt=" + expiresAt + "]";
	}

}
