package nashir.queue;

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import nashir.NashirTest;
import nashir.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine against a WireMock X, answer sequence by answer sequence: the real X adapter, the
 * real dispatcher, the real database; only time is the test's.
 */
@NashirTest
class PublishingScenariosTests {

	static final WireMockServer X = new WireMockServer(options().dynamicPort());

	static {
		X.start();
	}

	@DynamicPropertySource
	static void x(DynamicPropertyRegistry properties) {
		properties.add("nashir.x.api-base-url", X::baseUrl);
		properties.add("nashir.x.request-timeout", () -> "1s");
		properties.add("nashir.accounts.live.consumer-key", () -> "ck-live");
		properties.add("nashir.accounts.live.consumer-secret", () -> "cs-live");
		properties.add("nashir.accounts.live.access-token", () -> "at-live");
		properties.add("nashir.accounts.live.access-token-secret", () -> "as-live");
	}

	@AfterAll
	static void stopX() {
		X.stop();
	}

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	PostQueue queue;

	@Autowired
	AccountStates accounts;

	@Autowired
	RetryPolicy retry;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	Post post;

	@BeforeEach
	void setUp() {
		X.resetAll();
		jdbc.sql("DELETE FROM post_event").update();
		jdbc.sql("DELETE FROM post").update();
		jdbc.sql("DELETE FROM account_state").update();
		clock.set(Instant.now());
		post = queue.enqueue(PostQueueTests.story("live", "104233", clock.instant()), "new story").orElseThrow();
	}

	private void answer(String state, String next, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
		X.stubFor(post("/2/tweets").inScenario("x").whenScenarioStateIs(state).willSetStateTo(next).willReturn(response));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(String id) {
		return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
			.withHeader("x-rate-limit-limit", "100").withHeader("x-rate-limit-remaining", "99")
			.withBody("{\"data\":{\"id\":\"" + id + "\",\"text\":\"…\"}}");
	}

	private Post reload() {
		return queue.find(post.id()).orElseThrow();
	}

	private int requests() {
		return X.findAll(postRequestedFor(urlEqualTo("/2/tweets"))).size();
	}

	private void laterRetry() {
		clock.advance(retry.maxBackoff().multipliedBy(2));
		dispatcher.dispatch().join();
	}

	@Test
	void shouldWaitForTheResetAfter429ThenSucceed() {
		long reset = clock.instant().plusSeconds(60).getEpochSecond();
		answer(Scenario.STARTED, "reset", aResponse().withStatus(429).withHeader("x-rate-limit-limit", "100")
			.withHeader("x-rate-limit-remaining", "0").withHeader("x-rate-limit-reset", Long.toString(reset))
			.withBody("{\"title\":\"Too Many Requests\",\"status\":429}"));
		answer("reset", "done", created("429001"));

		dispatcher.dispatch().join();
		assertThat(reload().status()).isEqualTo(PostStatus.QUEUED);
		assertThat(reload().dueAt()).isEqualTo(Instant.ofEpochSecond(reset));
		assertThat(accounts.status("live").state()).isEqualTo(AccountStatus.State.RATE_LIMITED);

		clock.advance(Duration.ofSeconds(30));
		dispatcher.dispatch().join();
		assertThat(requests()).as("nothing is sent before the reset").isEqualTo(1);

		clock.advance(Duration.ofSeconds(31));
		dispatcher.dispatch().join();
		assertThat(reload().status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(reload().tweetId()).isEqualTo("429001");
		assertThat(accounts.status("live").quota().remaining()).isEqualTo(99);
	}

	@Test
	void shouldRetry503ThreeTimesThenSucceed() {
		answer(Scenario.STARTED, "1", aResponse().withStatus(503));
		answer("1", "2", aResponse().withStatus(503));
		answer("2", "3", aResponse().withStatus(503));
		answer("3", "done", created("503004"));

		dispatcher.dispatch().join();
		for (int i = 0; i < 3; i++) {
			assertThat(reload().status()).isEqualTo(PostStatus.RETRY_WAIT);
			laterRetry();
		}
		assertThat(reload().status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(reload().attempts()).isEqualTo(4);
		assertThat(requests()).isEqualTo(4);
	}

	@Test
	void shouldRetryAfterAReadTimeout() {
		answer(Scenario.STARTED, "slow", created("late").withFixedDelay(3_000));
		answer("slow", "done", created("timeout002"));
		dispatcher.dispatch().join();
		assertThat(reload().status()).isEqualTo(PostStatus.RETRY_WAIT);
		laterRetry();
		assertThat(reload().status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(reload().tweetId()).isEqualTo("timeout002");
	}

	@Test
	void shouldRetryAfterAConnectionReset() {
		answer(Scenario.STARTED, "reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
		answer("reset", "done", created("reset002"));
		dispatcher.dispatch().join();
		assertThat(reload().status()).isEqualTo(PostStatus.RETRY_WAIT);
		laterRetry();
		assertThat(reload().status()).isEqualTo(PostStatus.PUBLISHED);
	}

	@Test
	void shouldPauseTheAccountOn401AndPublishOnceResumed() {
		answer(Scenario.STARTED, "fixed", aResponse().withStatus(401)
			.withBody("{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}"));
		answer("fixed", "done", created("401002"));
		dispatcher.dispatch().join();
		laterRetry();
		assertThat(requests()).as("a paused account sends nothing").isEqualTo(1);
		assertThat(reload().status()).isEqualTo(PostStatus.QUEUED);
		assertThat(accounts.status("live").state()).isEqualTo(AccountStatus.State.PAUSED);

		accounts.resume("live");
		dispatcher.dispatch().join();
		assertThat(reload().status()).isEqualTo(PostStatus.PUBLISHED);
	}

	@Test
	void shouldMarkADuplicateWithoutRetrying() {
		answer(Scenario.STARTED, "done", aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"detail\":\"You are not allowed to create a Tweet with duplicate content.\",\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403}"));
		dispatcher.dispatch().join();
		laterRetry();
		assertThat(reload().status()).isEqualTo(PostStatus.DUPLICATE);
		assertThat(requests()).isEqualTo(1);
	}

}
