package nashir.account;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import nashir.TestClock;
import nashir.net.Http;
import nashir.publish.Account;
import nashir.publish.AccountDirectory;
import nashir.publish.XApiSettings;
import nashir.queue.AccountStates;
import nashir.text.Reason;
import nashir.text.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static nashir.account.FakeXSignIn.ACCESS_TOKEN;
import static nashir.account.FakeXSignIn.ACCESS_TOKEN_SECRET;
import static nashir.account.FakeXSignIn.APP;
import static nashir.account.FakeXSignIn.CONSUMER_KEY;
import static nashir.account.FakeXSignIn.PICTURE;
import static nashir.account.FakeXSignIn.REQUEST_TOKEN;
import static nashir.account.FakeXSignIn.REQUEST_TOKEN_SECRET;
import static nashir.account.FakeXSignIn.SECRETS;
import static nashir.account.FakeXSignIn.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** "Sign in with X" against X's endpoints on WireMock: the three OAuth legs, users/me, and every way they fail. */
@ExtendWith(OutputCaptureExtension.class)
class XSignInTests {

	private final WireMockServer x = new WireMockServer(options().dynamicPort());

	private final InMemoryAccountStore store = new InMemoryAccountStore(APP);

	private final AccountStates states = mock(AccountStates.class);

	private final TestClock clock = new TestClock();

	@BeforeEach
	void start() {
		this.x.start();
		FakeXSignIn.answerAsX(this.x);
	}

	@AfterEach
	void stop() {
		this.x.stop();
	}

	@Test
	void shouldConnectAnAccountThroughTheCallback() throws XSignInFailed {
		XSignIn signIn = signIn("https://nashir.example.com/");

		PendingSignIn pending = signIn.start("ofoq", false);

		this.x.verify(postRequestedFor(urlEqualTo("/oauth/request_token"))
			.withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
			.withRequestBody(containing("oauth_callback="
					+ encode("https://nashir.example.com/accounts/x/callback"))));
		assertThat(oauth(this.x.getAllServeEvents().get(0).getRequest().getHeader("Authorization")))
			.contains("oauth_consumer_key=\"" + CONSUMER_KEY + "\"")
			.doesNotContain("oauth_token=");
		assertThat(pending.authorizeUrl()).isEqualTo(this.x.baseUrl() + "/oauth/authorize?oauth_token=" + REQUEST_TOKEN);
		assertThat(pending.requestTokenSecret()).isEqualTo(REQUEST_TOKEN_SECRET);
		assertThat(pending.expiresAt()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(10)));

		XConnection connection = signIn.finish(pending, REQUEST_TOKEN, VERIFIER, "admin");

		this.x.verify(postRequestedFor(urlEqualTo("/oauth/access_token"))
			.withHeader("Authorization", containing("oauth_token=\"" + REQUEST_TOKEN + "\""))
			.withRequestBody(containing("oauth_verifier=" + VERIFIER)));
		this.x.verify(getRequestedFor(urlEqualTo("/2/users/me?user.fields=profile_image_url"))
			.withHeader("Authorization", containing("oauth_token=\"" + ACCESS_TOKEN + "\"")));
		XConnection expected = new XConnection("ofoq", APP, ACCESS_TOKEN, ACCESS_TOKEN_SECRET,
				new XProfile("1862", "ofoq_news", "أفق نيوز", PICTURE));
		assertThat(connection).isEqualTo(expected);
		assertThat(this.store.saved()).containsExactly(expected);
		verify(this.states, never()).resume(anyString());
	}

	@Test
	void shouldAskForAPinWithoutAPublicUrl() throws XSignInFailed {
		XSignIn signIn = signIn("");
		assertThat(signIn.usesPin()).isTrue();

		PendingSignIn pending = signIn.start("ofoq", false);
		XConnection connection = signIn.finish(pending, null, " " + VERIFIER + " ", "admin");

		this.x.verify(postRequestedFor(urlEqualTo("/oauth/request_token")).withRequestBody(containing("oauth_callback=oob")));
		this.x.verify(postRequestedFor(urlEqualTo("/oauth/access_token")).withRequestBody(containing("oauth_verifier=" + VERIFIER)));
		assertThat(connection.profile().handle()).isEqualTo("ofoq_news");
		assertThat(this.store.saved()).hasSize(1);
	}

	@Test
	void shouldResumeAReconnectedAccount() throws XSignInFailed {
		XSignIn signIn = signIn("https://nashir.example.com");

		signIn.finish(signIn.start("main", true), REQUEST_TOKEN, VERIFIER, "admin");

		assertThat(this.store.saved()).extracting(XConnection::account).containsExactly("main");
		verify(this.states).resume("main");
	}

	@Test
	void shouldRefuseToReconnectAnUnknownAccountOrConnectAnExistingOne() {
		XSignIn signIn = signIn("");

		assertThatExceptionOfType(XSignInFailed.class).isThrownBy(() -> signIn.start("sport", true))
			.satisfies((ex) -> assertThat(ex.reason().key()).isEqualTo("xconnect.error.unknown"));
		assertThatExceptionOfType(XSignInFailed.class).isThrownBy(() -> signIn.start("main", false))
			.satisfies((ex) -> assertThat(ex.reason().key()).isEqualTo("xconnect.error.exists"));
		assertThatExceptionOfType(XSignInFailed.class).isThrownBy(() -> signIn.start("أفق", false))
			.satisfies((ex) -> assertThat(ex.reason().key()).isEqualTo("xconnect.error.name"));
		assertThat(this.x.getAllServeEvents()).isEmpty();
	}

	@Test
	void shouldLeaveAConfiguredAccountsCredentialsToItsConfiguration() {
		this.store.configured("main");
		XSignIn signIn = signIn("");

		assertThat(signIn.canReconnect("main")).isFalse();
		assertThatExceptionOfType(XSignInFailed.class).isThrownBy(() -> signIn.start("main", true))
			.satisfies((ex) -> assertThat(ex.reason().key()).isEqualTo("xconnect.error.configured"));
		assertThat(this.x.getAllServeEvents()).isEmpty();
	}

	@Test
	void shouldSayToSetTheAppFirst() {
		this.store.saveXApp(null, "admin");

		assertThatExceptionOfType(XSignInFailed.class).isThrownBy(() -> signIn("").start("ofoq", false))
			.satisfies((ex) -> assertThat(ex.reason().key()).isEqualTo("xconnect.error.noApp"));
	}

	@Test
	void shouldNameABadConsumerKey(CapturedOutput output) {
		this.x.stubFor(post("/oauth/request_token").willReturn(aResponse().withStatus(401)
			.withBody("{\"errors\":[{\"code\":32,\"message\":\"Could not authenticate you.\"}]}")));

		assertThatExceptionOfType(XSignInFailed.class).isThrownBy(() -> signIn("").start("ofoq", false))
			.satisfies((ex) -> assertThat(ex.reason().key()).isEqualTo("xconnect.error.appRefused"))
			.withMessage("X refused the X app's consumer key or secret (HTTP 401 at the request token)");
		assertThat(output.getAll()).contains("event=x_sign_in_failed account=ofoq")
			.doesNotContain(FakeXSignIn.CONSUMER_SECRET);
	}

	@Test
	void shouldRefuseAnExpiredOrUnknownOrUnverifiedSignIn() throws XSignInFailed {
		XSignIn signIn = signIn("https://nashir.example.com");
		PendingSignIn pending = signIn.start("ofoq", false);

		assertThatExceptionOfType(XSignInFailed.class)
			.isThrownBy(() -> signIn.finish(pending, "someone-elses-token", VERIFIER, "admin"))
			.satisfies((ex) -> assertThat(ex.reason().key()).isEqualTo("xconnect.error.expired"));
		assertThatExceptionOfType(XSignInFailed.class).isThrownBy(() -> signIn.finish(null, REQUEST_TOKEN, VERIFIER, "admin"))
			.satisfies((ex) -> assertThat(ex.reason().key()).isEqualTo("xconnect.error.expired"));
		assertThatExceptionOfType(XSignInFailed.class).isThrownBy(() -> signIn.finish(pending, REQUEST_TOKEN, "", "admin"))
			.satisfies((ex) -> assertThat(ex.reason().key()).isEqualTo("xconnect.error.noVerifier"));
		this.clock.advance(Duration.ofMinutes(10));
		assertThatExceptionOfType(XSignInFailed.class)
			.isThrownBy(() -> signIn.finish(pending, REQUEST_TOKEN, VERIFIER, "admin"))
			.satisfies((ex) -> assertThat(ex.reason().key()).isEqualTo("xconnect.error.expired"));
		this.x.verify(0, postRequestedFor(urlEqualTo("/oauth/access_token")));
		assertThat(this.store.saved()).isEmpty();
	}

	@Test
	void shouldNameAVerifierXRefuses() throws XSignInFailed {
		// X's answer to a token it no longer knows, or a wrong PIN.
		this.x.stubFor(post("/oauth/access_token").willReturn(aResponse().withStatus(401)
			.withBody("Error processing your OAuth request: Invalid oauth_verifier parameter")));
		XSignIn signIn = signIn("");
		PendingSignIn pending = signIn.start("ofoq", false);

		assertThatExceptionOfType(XSignInFailed.class).isThrownBy(() -> signIn.finish(pending, null, "0000000", "admin"))
			.satisfies((ex) -> assertThat(ex.reason().key()).isEqualTo("xconnect.error.verifierRefused"));
		assertThat(this.store.saved()).isEmpty();
	}

	@Test
	void shouldSaveNothingWhenUsersMeFails() throws XSignInFailed {
		XSignIn signIn = signIn("");
		this.x.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(aResponse().withStatus(503)));
		PendingSignIn first = signIn.start("ofoq", false);

		assertThatExceptionOfType(XSignInFailed.class).isThrownBy(() -> signIn.finish(first, null, VERIFIER, "admin"))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.of("xconnect.error.status",
					"reading the account's profile (users/me) failed: X answered HTTP 503", "profile", 503)));

		this.x.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(aResponse().withStatus(200).withBody("{\"data\":{}}")));
		PendingSignIn second = signIn.start("ofoq", false);
		assertThatExceptionOfType(XSignInFailed.class).isThrownBy(() -> signIn.finish(second, null, VERIFIER, "admin"))
			.satisfies((ex) -> assertThat(ex.reason().key()).isEqualTo("xconnect.error.unreadable"));

		this.x.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(aResponse().withStatus(401)));
		PendingSignIn third = signIn.start("ofoq", false);
		assertThatExceptionOfType(XSignInFailed.class).isThrownBy(() -> signIn.finish(third, null, VERIFIER, "admin"))
			.satisfies((ex) -> assertThat(ex.reason().key()).isEqualTo("xconnect.error.profileRefused"));
		assertThat(this.store.saved()).isEmpty();
	}

	@Test
	void shouldSayWhyTheStoreRefusedTheAccount() throws XSignInFailed {
		AccountStore refusing = new AccountStore() {

			@Override
			public Optional<XApp> xApp() {
				return Optional.of(APP);
			}

			@Override
			public void saveXApp(XApp app, String user) {
			}

			@Override
			public void saveConnection(XConnection connection, String user) {
				throw new Refused(Reason.of("accounts.error.taken", "the name 'ofoq' is taken", "ofoq"));
			}

			@Override
			public boolean keeps(String account) {
				return true;
			}

		};
		XSignIn signIn = new XSignIn(refusing, new Accounts("main"), this.states, client(), "", this.clock);

		assertThatExceptionOfType(XSignInFailed.class)
			.isThrownBy(() -> signIn.finish(signIn.start("ofoq", false), null, VERIFIER, "admin"))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(
					Reason.of("accounts.error.taken", "the name 'ofoq' is taken", "ofoq")));
	}

	@Test
	void shouldCallAnAnswerTooLargeToReadUnreadable() {
		this.x.stubFor(post("/oauth/request_token").willReturn(aResponse().withStatus(200).withBody(new byte[2_000_000])));

		assertThatExceptionOfType(XSignInFailed.class).isThrownBy(() -> signIn("").start("ofoq", false))
			.satisfies((ex) -> assertThat(ex.reason().key()).isEqualTo("xconnect.error.unreadable"));
	}

	@Test
	void shouldSayWhenXCannotBeReached() {
		this.x.stubFor(post("/oauth/request_token").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		assertThatExceptionOfType(XSignInFailed.class).isThrownBy(() -> signIn("").start("ofoq", false))
			.satisfies((ex) -> assertThat(ex.reason().key()).isEqualTo("xconnect.error.unreachable"));

		this.x.stubFor(post("/oauth/request_token").willReturn(aResponse().withFixedDelay(3000)));
		assertThatExceptionOfType(XSignInFailed.class).isThrownBy(() -> signIn("").start("ofoq", false))
			.satisfies((ex) -> assertThat(ex.reason().key()).isEqualTo("xconnect.error.timeout"));
	}

	@Test
	void shouldKeepEverySecretOutOfLogsAndTexts(CapturedOutput output) throws XSignInFailed {
		XSignIn signIn = signIn("");
		PendingSignIn pending = signIn.start("ofoq", false);
		XConnection connection = signIn.finish(pending, null, FakeXSignIn.VERIFIER, "admin");
		this.x.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(aResponse().withStatus(500)));
		String failure = "";
		try {
			signIn.finish(signIn.start("ofoq", false), null, VERIFIER, "admin");
		}
		catch (XSignInFailed ex) {
			failure = ex.getMessage() + ex.reason().stored();
		}

		assertThat(output.getAll()).contains("event=x_connected account=ofoq handle=ofoq_news");
		for (String secret : SECRETS) {
			assertThat(output.getAll()).doesNotContain(secret);
			assertThat(pending.toString() + connection + connection.app() + failure).doesNotContain(secret);
		}
	}

	private XSignIn signIn(String publicBaseUrl) {
		return new XSignIn(this.store, new Accounts("main"), this.states, client(), publicBaseUrl, this.clock);
	}

	private XSignInClient client() {
		XApiSettings api = new XApiSettings(URI.create(this.x.baseUrl()), null, Duration.ofSeconds(2),
				Duration.ofSeconds(2));
		return new XSignInClient(Http.unguarded(), new XSignInSettings(URI.create(this.x.baseUrl())), api);
	}

	/** How a store says why it will not save an account. */
	private static final class Refused extends RuntimeException implements Refusal {

		private final transient Reason reason;

		Refused(Reason reason) {
			super(reason.english());
			this.reason = reason;
		}

		@Override
		public Reason reason() {
			return this.reason;
		}

	}

	private static String oauth(String header) {
		return URLDecoder.decode(header, StandardCharsets.UTF_8);
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** Accounts that exist already, by name. */
	private record Accounts(String... existing) implements AccountDirectory {

		@Override
		public SortedSet<String> names() {
			return new TreeSet<>(java.util.List.of(this.existing));
		}

		@Override
		public Optional<Account> find(String name) {
			return Optional.empty();
		}

	}

}
