package nashir.publish;

import java.net.URI;
import java.util.Map;

import twitter4j.HttpParameter;
import twitter4j.HttpRequest;
import twitter4j.RequestMethod;
import twitter4j.auth.AccessToken;
import twitter4j.auth.OAuthAuthorization;
import twitter4j.conf.ConfigurationBuilder;

/**
 * Lets Twitter4J do the OAuth 1.0a work (DESIGN.md route (b)), for posts and for the calls of
 * "Sign in with X". Twitter4J's own objects print the token secret in their {@code toString()} and
 * its signer logs the base string at debug, so none of them ever leaves this class and Twitter4J's
 * logging is switched off.
 */
public final class Twitter4jOAuthSigner implements OAuthSigner {

	static {
		// Read once, when twitter4j.Logger is first loaded: this must run before any Twitter4J class.
		System.setProperty("twitter4j.loggerFactory", "twitter4j.NullLoggerFactory");
	}

	private final OAuthAuthorization authorization;

	Twitter4jOAuthSigner(Account account) {
		this(account.consumerKey(), account.consumerSecret(), account.accessToken(), account.accessTokenSecret());
	}

	/**
	 * @param token the access token, or the request token while signing in; {@code null} when only
	 * the app signs (asking X for a request token)
	 */
	public Twitter4jOAuthSigner(String consumerKey, String consumerSecret, String token, String tokenSecret) {
		// Debug off explicitly: the builder also reads twitter4j.properties and -Dtwitter4j.* settings.
		this.authorization = new OAuthAuthorization(new ConfigurationBuilder().setDebugEnabled(false).build());
		this.authorization.setOAuthConsumer(consumerKey, consumerSecret);
		if (token != null) {
			this.authorization.setOAuthAccessToken(new AccessToken(token, tokenSecret));
		}
	}

	@Override
	public String authorization(String method, URI url) {
		return authorization(method, url, Map.of());
	}

	/**
	 * The header for a request whose form body ({@link #formBody}) holds {@code form}: OAuth signs
	 * form parameters too ({@code oauth_callback}, {@code oauth_verifier}).
	 */
	public String authorization(String method, URI url, Map<String, String> form) {
		HttpRequest request = new HttpRequest(RequestMethod.valueOf(method), url.toString(), parameters(form),
				this.authorization, Map.of());
		return this.authorization.getAuthorizationHeader(request);
	}

	/** {@code form} as an {@code application/x-www-form-urlencoded} body, encoded as it was signed. */
	public static String formBody(Map<String, String> form) {
		return HttpParameter.encodeParameters(parameters(form));
	}

	private static HttpParameter[] parameters(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((parameter) -> new HttpParameter(parameter.getKey(), parameter.getValue()))
			.toArray(HttpParameter[]::new);
	}

	@Override
	public String toString() {
		return "Twitter4jOAuthSigner";
	}

}
