package nashir.queue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import nashir.NashirTest;
import nashir.TestClock;
import nashir.account.FakeXSignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The whole way from an admin's click to a post on X, with nothing faked but X: the X app saved on
 * {@code /accounts}, "Sign in with X", the account kept in the database with its secrets sealed,
 * and its first post signed with the access token X gave.
 */
@NashirTest
@AutoConfigureMockMvc
class SignInToPublishTests {

	static final WireMockServer X = new WireMockServer(options().dynamicPort());

	static {
		X.start();
	}

	@DynamicPropertySource
	static void x(DynamicPropertyRegistry properties) {
		properties.add("nashir.x.oauth-base-url", X::baseUrl);
		properties.add("nashir.x.api-base-url", X::baseUrl);
	}

	@AfterAll
	static void stopX() {
		X.stop();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PostQueue queue;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	TestClock clock;

	private final MockHttpSession session = new MockHttpSession();

	@Test
	void shouldPostWithTheCredentialsOfAnAccountConnectedInTheApp() throws Exception {
		FakeXSignIn.answerAsX(X);
		X.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
			.withBody("{\"data\":{\"id\":\"1862000\",\"text\":\"…\"}}")));
		admin(form("/accounts/x-app")
			.param("consumerKey", FakeXSignIn.CONSUMER_KEY)
			.param("consumerSecret", FakeXSignIn.CONSUMER_SECRET));

		// No public address: the PIN flow, as a newsroom behind a firewall signs in.
		admin(form("/accounts/x/connect")
			.param("account", "ofoq_desk"));
		admin(form("/accounts/x/pin")
			.param("pin", FakeXSignIn.VERIFIER));

		String accounts = mvc.perform(get("/accounts").with(user("admin").roles("ADMIN")))
			.andReturn().getResponse().getContentAsString();
		assertThat(accounts).contains("ofoq_desk", "@ofoq_news").doesNotContain(FakeXSignIn.SECRETS);
		List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM app_account").query().listOfRows();
		rows.addAll(jdbc.sql("SELECT * FROM account_secret").query().listOfRows());
		assertThat(rows.toString()).as("secrets sealed at rest").contains("ofoq_desk")
			.doesNotContain(FakeXSignIn.ACCESS_TOKEN, FakeXSignIn.ACCESS_TOKEN_SECRET, FakeXSignIn.CONSUMER_SECRET);

		clock.set(Instant.parse("2026-12-02T09:00:00Z"));
		Post post = queue.enqueue(PostQueueTests.story("ofoq_desk", "desk-1", clock.instant()), "new story")
			.orElseThrow();
		dispatcher.dispatch().join();

		assertThat(queue.find(post.id()).orElseThrow().status()).isEqualTo(PostStatus.PUBLISHED);
		X.verify(1, postRequestedFor(urlEqualTo("/2/tweets"))
			.withHeader("Authorization", containing("oauth_token=\"" + FakeXSignIn.ACCESS_TOKEN + "\""))
			.withHeader("Authorization", containing("oauth_consumer_key=\"" + FakeXSignIn.CONSUMER_KEY + "\"")));
	}

	private static MockHttpServletRequestBuilder form(String url) {
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url).with(csrf());
	}

	private void admin(MockHttpServletRequestBuilder request) throws Exception {
		mvc.perform(request.session(session).with(user("admin").roles("ADMIN")));
	}

}
