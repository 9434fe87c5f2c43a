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
 * Lets Twitter4J do the OAuth 1.0a work (DESIGN.md route (b)). Twitter4J's own objects print
 * the token secret in their {@code toString()} and its signer logs the base string at debug,
 * so none of them ever leaves this class and Twitter4J's logging is switched off.
 */
final class Twitter4jOAuthSigner implements OAuthSigner {

	static {
		// Read once, when twitter4j.Logger is first loaded: this must run before any Twitter4J class.
		System.setProperty("twitter4j.loggerFactory", "twitter4j.NullLoggerFactory");
	}

	private final OAuthAuthorization authorization;

	Twitter4jOAuthSigner(Account account) {
		// Debug off explicitly: the builder also reads twitter4j.properties and -Dtwitter4j.* settings.
		this.authorization = new OAuthAuthorization(new ConfigurationBuilder().setDebugEnabled(false).build());
		this.authorization.setOAuthConsumer(account.consumerKey(), account.consumerSecret());
		this.authorization.setOAuthAccessToken(new AccessToken(account.accessToken(), account.accessTokenSecret()));
	}

	@Override
	public String authorization(String method, URI url) {
		HttpRequest request = new HttpRequest(RequestMethod.valueOf(method), url.toString(), new HttpParameter[0],
				this.authorization, Map.of());
		return this.authorization.getAuthorizationHeader(request);
	}

	@Override
	public String toString() {
		return "Twitter4jOAuthSigner";
	}

}
