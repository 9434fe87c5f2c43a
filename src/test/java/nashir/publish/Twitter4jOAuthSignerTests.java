package nashir.publish;

import java.net.URI;
import java.util.Map;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import twitter4j.auth.OAuthAuthorization;

import static nashir.publish.TestAccounts.ACCESS_TOKEN;
import static nashir.publish.TestAccounts.ACCESS_TOKEN_SECRET;
import static nashir.publish.TestAccounts.CONSUMER_KEY;
import static nashir.publish.TestAccounts.CONSUMER_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class Twitter4jOAuthSignerTests {

	private final Twitter4jOAuthSigner signer = new Twitter4jOAuthSigner(TestAccounts.withCredentials());

	@Test
	void shouldSignSoThatAnIndependentSignerAgrees() {
		String url = "https://api.x.com/2/tweets";

		String authorization = this.signer.authorization("POST", URI.create(url));

		assertThat(OAuth1Verifier.parameters(authorization).get("oauth_signature"))
			.isEqualTo(OAuth1Verifier.expectedSignature(authorization, "POST", url, CONSUMER_SECRET, ACCESS_TOKEN_SECRET));
	}

	@Test
	void shouldSignTheFormOfASignInSoThatAnIndependentSignerAgrees() {
		String url = "https://api.x.com/oauth/access_token";
		Map<String, String> form = Map.of("oauth_verifier", "7 654+321/ü");
		Twitter4jOAuthSigner withRequestToken = new Twitter4jOAuthSigner(CONSUMER_KEY, CONSUMER_SECRET, "rt-1",
				"rt-secret");

		String authorization = withRequestToken.authorization("POST", URI.create(url), form);

		assertThat(OAuth1Verifier.parameters(authorization)).containsEntry("oauth_token", "rt-1")
			.doesNotContainKey("oauth_verifier");
		assertThat(OAuth1Verifier.parameters(authorization).get("oauth_signature"))
			.isEqualTo(OAuth1Verifier.expectedSignature(authorization, form, "POST", url, CONSUMER_SECRET, "rt-secret"));
		assertThat(Twitter4jOAuthSigner.formBody(form)).isEqualTo("oauth_verifier=7%20654%2B321%2F%C3%BC");
	}

	@Test
	void shouldSignWithTheAppAloneBeforeThereIsAToken() {
		String url = "https://api.x.com/oauth/request_token";
		Map<String, String> form = Map.of("oauth_callback", "https://nashir.example.com/accounts/x/callback");

		String authorization = new Twitter4jOAuthSigner(CONSUMER_KEY, CONSUMER_SECRET, null, null)
			.authorization("POST", URI.create(url), form);

		assertThat(OAuth1Verifier.parameters(authorization)).doesNotContainKey("oauth_token");
		assertThat(OAuth1Verifier.parameters(authorization).get("oauth_signature"))
			.isEqualTo(OAuth1Verifier.expectedSignature(authorization, form, "POST", url, CONSUMER_SECRET, ""));
	}

	@Test
	void shouldUseAFreshNonceEachTime() {
		URI url = URI.create("https://api.x.com/2/tweets");

		assertThat(OAuth1Verifier.parameters(this.signer.authorization("POST", url)).get("oauth_nonce"))
			.isNotEqualTo(OAuth1Verifier.parameters(this.signer.authorization("POST", url)).get("oauth_nonce"));
	}

	@Test
	void shouldKeepTwitter4jSilentEvenAtDebugLevel(CapturedOutput output) {
		// Twitter4J logs the OAuth base string (key and token) at debug; its logging must be off.
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("twitter4j")).setLevel(Level.DEBUG);
		try {
			this.signer.authorization("POST", URI.create("https://api.x.com/2/tweets"));
		}
		finally {
			((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("twitter4j")).setLevel(null);
		}

		assertThat(twitter4j.Logger.getLogger(OAuthAuthorization.class).getClass().getName())
			.isEqualTo("twitter4j.NullLogger");
		assertThat(output.getAll()).doesNotContain(CONSUMER_KEY, ACCESS_TOKEN, "oauth_", "OAuth base string");
	}

}
