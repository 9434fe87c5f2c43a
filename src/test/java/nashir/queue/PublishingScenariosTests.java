package nashir.queue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import nashir.NashirTest;
import nashir.PublishedEvents;
import nashir.TestClock;
import nashir.publish.AccountPause;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
		properties.add("nashir.x.request-timeout", () -> "2s");
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

	@Autowired
	ConfigurableApplicationContext context;

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

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder creditsDepleted() {
		return aResponse().withStatus(402).withHeader("Content-Type", "application/json")
			.withBody("{\"type\":\"https://api.twitter.com/2/problems/credits\",\"title\":\"CreditsDepleted\","
					+ "\"detail\":\"Your enrolled account [2059529979700846592] does not have any credits to fulfill "
					+ "this request.\"}");
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
		answer(Scenario.STARTED, "slow", created("1862000000000000001").withFixedDelay(3_000));
		answer("slow", "done", created("1862000000000000002"));
		dispatcher.dispatch().join();
		assertThat(reload().status()).isEqualTo(PostStatus.RETRY_WAIT);
		laterRetry();
		assertThat(reload().status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(reload().tweetId()).isEqualTo("1862000000000000002");
	}

	@Test
	void shouldRetryAfterAConnectionReset() {
		answer(Scenario.STARTED, "reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
		answer("reset", "done", created("1862000000000000003"));
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
		try (PublishedEvents published = PublishedEvents.listen(context)) {
			dispatcher.dispatch().join();
			laterRetry();
			assertThat(published.of(AccountPaused.class)).singleElement()
				.extracting(AccountPaused::account, AccountPaused::kind)
				.containsExactly("live", AccountPause.Kind.CREDENTIALS);
		}
		assertThat(requests()).as("a paused account sends nothing").isEqualTo(1);
		assertThat(reload().status()).isEqualTo(PostStatus.QUEUED);
		assertThat(accounts.status("live").state()).isEqualTo(AccountStatus.State.PAUSED);

		accounts.resume("live");
		dispatcher.dispatch().join();
		assertThat(reload().status()).isEqualTo(PostStatus.PUBLISHED);
	}

	@Test
	void shouldPublishWithinAMinuteAfterTwo503sAndAShort429() {
		Instant start = clock.instant();
		answer(Scenario.STARTED, "1", aResponse().withStatus(503));
		answer("1", "2", aResponse().withStatus(503));
		answer("2", "3", aResponse().withStatus(429).withHeader("x-rate-limit-remaining", "0")
			.withHeader("x-rate-limit-reset", Long.toString(start.plusSeconds(5).getEpochSecond()))
			.withBody("{\"title\":\"Too Many Requests\",\"status\":429}"));
		answer("3", "done", created("1862000000000000503"));

		dispatcher.dispatch().join();
		while (reload().status() != PostStatus.PUBLISHED && clock.instant().isBefore(start.plusSeconds(120))) {
			clock.advance(Duration.ofSeconds(1));
			dispatcher.dispatch().join();
		}

		assertThat(reload().status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(reload().publishedAt()).isBefore(start.plusSeconds(60));
		assertThat(requests()).isEqualTo(4);
		assertThat(X.getAllServeEvents()).filteredOn((event) -> event.getResponse().getStatus() == 201).hasSize(1);
	}

	@Test
	void shouldKeepEveryPostQueuedWhileCreditsAreDepletedAndResumeWhenAProbeIsTaken() {
		Post second = queue.enqueue(PostQueueTests.story("live", "104234", clock.instant()), "new story").orElseThrow();
		answer(Scenario.STARTED, "no credits", aResponse().withStatus(503));
		answer("no credits", "no credits", creditsDepleted());

		dispatcher.dispatch().join();
		assertThat(reload().status()).as("the first met a 503").isEqualTo(PostStatus.RETRY_WAIT);
		assertThat(queue.find(second.id()).orElseThrow().status()).isEqualTo(PostStatus.QUEUED);
		AccountStatus paused = accounts.status("live");
		assertThat(paused.state()).isEqualTo(AccountStatus.State.PAUSED);
		assertThat(paused.pause().kind()).isEqualTo(AccountPause.Kind.CREDITS);
		assertThat(paused.pause().reason()).contains("402 CreditsDepleted", "does not have any credits");
		assertThat(paused.nextProbeAt()).isCloseTo(clock.instant().plus(Duration.ofMinutes(15)),
				within(1, ChronoUnit.MILLIS));

		// Two hours without credits: one post tried every 15 minutes, none lost, the retry included;
		// each probe refused pauses the account again, but that is no news to alert anyone of.
		try (PublishedEvents published = PublishedEvents.listen(context)) {
			for (int minute = 1; minute <= 120; minute++) {
				clock.advance(Duration.ofMinutes(1));
				dispatcher.dispatch().join();
			}
			assertThat(published.of(AccountPaused.class)).isEmpty();
		}
		assertThat(requests()).isEqualTo(2 + 8);
		assertThat(jdbc.sql("SELECT status FROM post").query(String.class).list()).containsOnly("QUEUED");
		assertThat(reload().attempts()).as("attempts refused for credits are not counted").isEqualTo(1);
		assertThat(accounts.status("live").state()).isEqualTo(AccountStatus.State.PAUSED);

		answer("paid", "paid again", created("1862000000000000001"));
		answer("paid again", "done", created("1862000000000000002"));
		X.setScenarioState("x", "paid");
		clock.advance(Duration.ofMinutes(15));
		dispatcher.dispatch().join();
		assertThat(jdbc.sql("SELECT status FROM post").query(String.class).list()).containsOnly("PUBLISHED");
		assertThat(accounts.status("live").state()).isEqualTo(AccountStatus.State.OK);
		assertThat(accounts.status("live").pause()).isNull();
		assertThat(requests()).isEqualTo(12);
	}

	@Test
	void shouldPauseAnAccountXSaysIsNotEnrolledUntilAnOperatorResumesIt() {
		answer(Scenario.STARTED, "enrolled", aResponse().withStatus(403).withHeader("Content-Type", "application/json")
			.withBody("{\"client_id\":\"27316216\",\"detail\":\"When authenticating requests to the Twitter API v2 "
					+ "endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project. "
					+ "You can create a project via the developer portal.\",\"registration_url\":"
					+ "\"https://developer.twitter.com/en/docs/projects/overview\",\"title\":\"Client Forbidden\","
					+ "\"required_enrollment\":\"Appropriate Level of API Access\",\"reason\":\"client-not-enrolled\","
					+ "\"type\":\"https://api.twitter.com/2/problems/client-forbidden\"}"));
		answer("enrolled", "done", created("1862000000000000403"));

		dispatcher.dispatch().join();
		for (int quarter = 0; quarter < 8; quarter++) {
			clock.advance(Duration.ofMinutes(15));
			dispatcher.dispatch().join();
		}
		assertThat(requests()).as("no probe: only an operator knows when the app is fixed").isEqualTo(1);
		assertThat(reload().status()).isEqualTo(PostStatus.QUEUED);
		AccountStatus paused = accounts.status("live");
		assertThat(paused.pause().kind()).isEqualTo(AccountPause.Kind.PERMISSION);
		assertThat(paused.pause().reason()).contains("403 Client Forbidden", "attached to a Project");
		assertThat(paused.nextProbeAt()).isNull();

		accounts.resume("live");
		dispatcher.dispatch().join();
		assertThat(reload().status()).isEqualTo(PostStatus.PUBLISHED);
	}

	@Test
	void shouldKeepAPostXTookWhoseIdIsUnusableAndNeverSendItAgain() {
		answer(Scenario.STARTED, "done", created("1".repeat(50)));

		dispatcher.dispatch().join();
		clock.advance(Duration.ofHours(1));
		dispatcher.dispatch().join();

		assertThat(requests()).isEqualTo(1);
		assertThat(reload().status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(reload().tweetId()).isNull();
		assertThat(reload().error()).startsWith("X took the post but its tweet id is unusable ('111");
	}

	@Test
	void shouldWriteTheResultAgainNotSendThePostAgainWhenTheDatabaseRefusesIt() {
		answer(Scenario.STARTED, "done", created("1862000000000000042"));
		jdbc.sql("CREATE TRIGGER failing_write BEFORE UPDATE ON post FOR EACH ROW CALL \"" + FailingWrite.class.getName()
				+ "\"").update();
		FailingWrite.failures.set(1);
		try {
			dispatcher.dispatch().join();
		}
		finally {
			jdbc.sql("DROP TRIGGER failing_write").update();
		}
		assertThat(FailingWrite.failures).as("the trigger refused a write").hasValue(0);
		clock.advance(Duration.ofHours(1));
		dispatcher.dispatch().join();

		assertThat(requests()).isEqualTo(1);
		assertThat(reload().status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(reload().tweetId()).isEqualTo("1862000000000000042");
	}

	@Test
	void shouldWriteTheResultAndThenTheQuotaAloneWhenTheDatabaseRefusesTheQuotaBesideTheResult() {
		answer(Scenario.STARTED, "done", created("1862000000000000042"));
		jdbc.sql("CREATE TRIGGER failing_quota BEFORE UPDATE ON account_state FOR EACH ROW CALL \""
				+ FailingWrite.class.getName() + "\"").update();
		FailingWrite.quotaFailures.set(1);
		try {
			dispatcher.dispatch().join();
		}
		finally {
			jdbc.sql("DROP TRIGGER failing_quota").update();
		}

		assertThat(FailingWrite.quotaFailures).as("the trigger refused the quota").hasValue(0);
		assertThat(reload().status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(reload().tweetId()).isEqualTo("1862000000000000042");
		assertThat(accounts.status("live").quota().remaining()).as("written alone, after the result").isEqualTo(99);
		assertThat(requests()).isEqualTo(1);
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
