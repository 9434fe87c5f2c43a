package nashir.account;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * X's side of "Sign in with X" on WireMock: the OAuth endpoints, a stand-in authorize page and
 * {@code GET /2/users/me}, each answering as X does. Every secret is distinctive, so a test can
 * look for it in pages and logs.
 */
public final class FakeXSignIn {

	public static final String CONSUMER_KEY = "ck-Quetzal-7731";

	public static final String CONSUMER_SECRET = "cs-Marmoset-4412";

	public static final String REQUEST_TOKEN = "rt-Pangolin-0918";

	public static final String REQUEST_TOKEN_SECRET = "rts-Axolotl-5530";

	public static final String VERIFIER = "ver-Narwhal-2207";

	public static final String ACCESS_TOKEN = "1862-at-Okapi-6624";

	public static final String ACCESS_TOKEN_SECRET = "ats-Capybara-8841";

	/** Every secret of a sign-in; none may ever be shown or logged. */
	public static final String[] SECRETS = { CONSUMER_SECRET, REQUEST_TOKEN_SECRET, ACCESS_TOKEN,
			ACCESS_TOKEN_SECRET, VERIFIER };

	public static final XApp APP = new XApp(CONSUMER_KEY, CONSUMER_SECRET);

	public static final String PICTURE = "https://pbs.twimg.com/profile_images/1/ofoq_normal.jpg";

	private FakeXSignIn() {
	}

	/** Stubs every endpoint of a sign-in that goes well. */
	public static void answerAsX(WireMockServer x) {
		x.stubFor(post("/oauth/request_token").willReturn(okForContentType("text/html; charset=utf-8",
				"oauth_token=" + REQUEST_TOKEN + "&oauth_token_secret=" + REQUEST_TOKEN_SECRET
						+ "&oauth_callback_confirmed=true")));
		x.stubFor(get(urlPathEqualTo("/oauth/authorize")).willReturn(okForContentType("text/html; charset=utf-8",
				"<html><body><p>Authorize Nashir to use your account?</p><p id=\"pin\">" + VERIFIER
						+ "</p></body></html>")));
		x.stubFor(post("/oauth/access_token").willReturn(okForContentType("text/html; charset=utf-8",
				"oauth_token=" + ACCESS_TOKEN + "&oauth_token_secret=" + ACCESS_TOKEN_SECRET
						+ "&user_id=1862&screen_name=ofoq_news")));
		x.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json; charset=utf-8")
			.withBody("{\"data\":{\"id\":\"1862\",\"name\":\"أفق نيوز\",\"username\":\"ofoq_news\","
					+ "\"profile_image_url\":\"" + PICTURE + "\"}}")));
	}

}
