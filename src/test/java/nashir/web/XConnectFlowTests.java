package nashir.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.WireMockServer;
import nashir.NashirTest;
import nashir.account.FakeXSignIn;
import nashir.account.InMemoryAccountStore;
import nashir.account.XConnection;
import nashir.account.XProfile;
import nashir.queue.AccountStates;
import nashir.queue.AccountStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static nashir.account.FakeXSignIn.ACCESS_TOKEN;
import static nashir.account.FakeXSignIn.ACCESS_TOKEN_SECRET;
import static nashir.account.FakeXSignIn.PICTURE;
import static nashir.account.FakeXSignIn.REQUEST_TOKEN;
import static nashir.account.FakeXSignIn.SECRETS;
import static nashir.account.FakeXSignIn.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Connecting an X account through the pages, with X's callback, against X on WireMock and the
 * real security, session, audit log and database: what the admin sees, what is saved, what is audited.
 */
@NashirTest
@AutoConfigureMockMvc
@Import(XConnectFlowTests.Store.class)
@ExtendWith(OutputCaptureExtension.class)
class XConnectFlowTests {

	static final WireMockServer X = new WireMockServer(options().dynamicPort());

	static {
		X.start();
	}

	@DynamicPropertySource
	static void x(DynamicPropertyRegistry properties) {
		properties.add("nashir.x.oauth-base-url", X::baseUrl);
		properties.add("nashir.x.api-base-url", X::baseUrl);
		properties.add("nashir.public-base-url", () -> "https://nashir.example.com");
	}

	@AfterAll
	static void stopX() {
		X.stop();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	InMemoryAccountStore store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountStates states;

	private final MockHttpSession session = new MockHttpSession();

	private final List<String> pages = new ArrayList<>();

	@BeforeEach
	void reset() {
		X.resetAll();
		FakeXSignIn.answerAsX(X);
		this.store.clear();
		this.jdbc.sql("DELETE FROM audit_entry").update();
	}

	@Test
	void shouldConnectAnAccountAndShowWhoItIs(CapturedOutput output) throws Exception {
		MvcResult started = admin(post("/accounts/x/connect").param("account", "ofoq").with(csrf()));

		assertThat(started.getResponse().getRedirectedUrl())
			.isEqualTo(X.baseUrl() + "/oauth/authorize?oauth_token=" + REQUEST_TOKEN);
		X.verify(postRequestedFor(urlEqualTo("/oauth/request_token")).withRequestBody(
				com.github.tomakehurst.wiremock.client.WireMock.containing("oauth_callback=https%3A%2F%2Fnashir.example.com%2Faccounts%2Fx%2Fcallback")));

		MvcResult back = admin(get("/accounts/x/callback").param("oauth_token", REQUEST_TOKEN)
			.param("oauth_verifier", VERIFIER));
		assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/accounts/x");
		String page = follow(back);

		assertThat(page).contains("رُبط الحساب ofoq", "أفق نيوز", "@ofoq_news", "src=\"" + PICTURE + "\"");
		assertThat(this.store.saved()).containsExactly(new XConnection("ofoq", FakeXSignIn.APP, ACCESS_TOKEN,
				ACCESS_TOKEN_SECRET, new XProfile("1862", "ofoq_news", "أفق نيوز", PICTURE)));
		assertThat(audit()).containsExactly("admin x-connect-start ofoq", "admin x-connected ofoq @ofoq_news");
		assertNoSecret(output);
	}

	@Test
	void shouldResumeAnAccountReconnectedAfterXRefusedItsCredentials() throws Exception {
		this.jdbc.sql("DELETE FROM account_state").update();
		this.jdbc.sql("INSERT INTO account_state (account, paused, paused_reason, updated_at) "
				+ "VALUES ('main', TRUE, 'X refused the credentials', CURRENT_TIMESTAMP)").update();
		assertThat(page(admin(get("/dashboard")))).contains("action=\"/accounts/x/reconnect/main\"");

		admin(post("/accounts/x/reconnect/main").with(csrf()));
		String page = follow(admin(get("/accounts/x/callback").param("oauth_token", REQUEST_TOKEN)
			.param("oauth_verifier", VERIFIER)));

		assertThat(page).contains("رُبط الحساب main", "@ofoq_news");
		assertThat(this.store.saved()).extracting(XConnection::account).containsExactly("main");
		assertThat(this.states.status("main").state()).isEqualTo(AccountStatus.State.OK);
		assertThat(audit()).containsExactly("admin x-connect-start main reconnect", "admin x-connected main @ofoq_news");
	}

	@Test
	void shouldUseASignInOnceAndOnlyInItsSession(CapturedOutput output) throws Exception {
		admin(post("/accounts/x/connect").param("account", "ofoq").with(csrf()));
		Supplier<MockHttpServletRequestBuilder> callback = () -> get("/accounts/x/callback")
			.param("oauth_token", REQUEST_TOKEN)
			.param("oauth_verifier", VERIFIER);

		// Another admin's session holds no sign-in: the same callback there is refused.
		MvcResult elsewhere = this.mvc.perform(callback.get().with(user("nour").roles("ADMIN"))).andReturn();
		assertThat(page(admin(get("/accounts/x").flashAttrs(elsewhere.getFlashMap()))))
			.contains("تسجيل الدخول هذا غير معروف أو انتهى");
		assertThat(follow(admin(callback.get()))).contains("رُبط الحساب ofoq");

		assertThat(follow(admin(callback.get()))).contains("تسجيل الدخول هذا غير معروف أو انتهى");
		assertThat(this.store.saved()).hasSize(1);
		X.verify(1, postRequestedFor(urlEqualTo("/oauth/access_token")));
		assertNoSecret(output);
	}

	@Test
	void shouldSayWhenTheAdminDeclinedOnX() throws Exception {
		admin(post("/accounts/x/connect").param("account", "ofoq").with(csrf()));

		MvcResult declined = admin(get("/accounts/x/callback").param("denied", REQUEST_TOKEN));

		assertThat(follow(declined))
			.contains("رُفض تسجيل الدخول في صفحة X، ولم يتغير شيء.");
		assertThat(this.store.saved()).isEmpty();
		X.verify(0, postRequestedFor(urlEqualTo("/oauth/access_token")));
		assertThat(audit()).containsExactly("admin x-connect-start ofoq",
				"admin x-connect-failed ofoq the sign-in was declined on X's page; nothing was changed");
	}

	@Test
	void shouldNameABadConsumerKeyOnThePage(CapturedOutput output) throws Exception {
		X.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/oauth/request_token")
			.willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(401)));

		MvcResult refused = admin(post("/accounts/x/connect").param("account", "ofoq").with(csrf()));

		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/accounts/x");
		String page = follow(refused);
		assertThat(page).contains("رفض X مفتاح تطبيق X أو سرّه (HTTP 401 عند طلب رمز الطلب)")
			.doesNotContain("Exception", "at nashir.");
		assertThat(page(admin(get("/accounts/x").flashAttrs(refused.getFlashMap()).param("lang", "en"))))
			.contains("X refused the X app&#39;s consumer key or secret (HTTP 401 when asked for a request token)");
		assertNoSecret(output);
	}

	@Test
	void shouldNameTheStepThatFailedInEitherLanguage() throws Exception {
		X.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
				com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/2/users/me"))
			.willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)));
		admin(post("/accounts/x/connect").param("account", "ofoq").with(csrf()));

		MvcResult failed = admin(get("/accounts/x/callback").param("oauth_token", REQUEST_TOKEN)
			.param("oauth_verifier", VERIFIER));

		assertThat(follow(failed)).contains("تعذّر قراءة ملف الحساب (users/me): أجاب X بـ HTTP 503.");
		assertThat(page(admin(get("/accounts/x").flashAttrs(failed.getFlashMap()).param("lang", "en"))))
			.contains("Reading the account&#39;s profile (users/me) failed: X answered HTTP 503.");
		assertThat(this.store.saved()).isEmpty();
		assertThat(audit()).last().isEqualTo(
				"admin x-connect-failed ofoq reading the account's profile (users/me) failed: X answered HTTP 503");
	}

	@Test
	void shouldLetOnlyAdminsConnect() throws Exception {
		for (MockHttpServletRequestBuilder request : List.of(get("/accounts/x"),
				post("/accounts/x/connect").param("account", "ofoq").with(csrf()),
				post("/accounts/x/reconnect/main").with(csrf()), get("/accounts/x/pin"),
				post("/accounts/x/pin").param("pin", VERIFIER).with(csrf()),
				get("/accounts/x/callback").param("oauth_token", REQUEST_TOKEN).param("oauth_verifier", VERIFIER))) {
			assertThat(this.mvc.perform(request.with(user("nour").roles("EDITOR"))).andReturn().getResponse().getStatus())
				.isEqualTo(403);
		}
		assertThat(X.getAllServeEvents()).isEmpty();
	}

	@Test
	void shouldRefuseAFormWithoutItsCsrfToken() throws Exception {
		assertThat(admin(post("/accounts/x/connect").param("account", "ofoq")).getResponse().getStatus()).isEqualTo(403);
		assertThat(X.getAllServeEvents()).isEmpty();
	}

	private MvcResult admin(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request.session(this.session).with(user("admin").roles("ADMIN"))).andReturn();
		this.pages.add(result.getResponse().getContentAsString() + result.getResponse().getHeader("Location"));
		return result;
	}

	/** Where a redirect leads, in the admin's session (which carries the flash attributes). */
	private String follow(MvcResult redirect) throws Exception {
		return page(admin(get(redirect.getResponse().getRedirectedUrl())));
	}

	private String page(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private List<String> audit() {
		return this.jdbc.sql("SELECT username, action, target, detail FROM audit_entry ORDER BY id")
			.query((rs, n) -> (rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
					+ nashir.text.Reason.english(rs.getString(4))).strip().replace(" null", ""))
			.list();
	}

	private void assertNoSecret(CapturedOutput output) {
		for (String secret : SECRETS) {
			assertThat(output.getAll()).doesNotContain(secret);
			assertThat(String.join("\n", this.pages)).doesNotContain(secret);
		}
	}

	/** Imported, never scanned; primary so it stands in for the database's store where there is one. */
	static class Store {

		@Bean
		@Primary
		InMemoryAccountStore inMemoryAccountStore() {
			return new InMemoryAccountStore(FakeXSignIn.APP);
		}

	}

}
