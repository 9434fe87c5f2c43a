package nashir.account;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where X's OAuth 1.0a endpoints are ({@code nashir.x.oauth-base-url}): {@code /oauth/request_token},
 * {@code /oauth/authorize} (the page the admin signs in on) and {@code /oauth/access_token}; tests
 * point it at WireMock. {@code GET /2/users/me} is on {@code nashir.x.api-base-url}.
 */
@ConfigurationProperties("nashir.x")
public record XSignInSettings(@DefaultValue("https://api.x.com") URI oauthBaseUrl) {

	@ConstructorBinding
	public XSignInSettings {
		oauthBaseUrl = oauthBaseUrl == null ? URI.create("https://api.x.com") : oauthBaseUrl;
	}

	URI requestToken() {
		return endpoint("oauth/request_token");
	}

	URI authorize() {
		return endpoint("oauth/authorize");
	}

	URI accessToken() {
		return endpoint("oauth/access_token");
	}

	private URI endpoint(String path) {
		String root = this.oauthBaseUrl.toString();
		return URI.create(root.endsWith("/") ? root + path : root + "/" + path);
	}

}
