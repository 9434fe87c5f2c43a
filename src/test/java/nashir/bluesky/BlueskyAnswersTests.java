package nashir.bluesky;

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nashir.FakeBluesky;
import nashir.publish.AccountPause.Kind;
import nashir.publish.PublishOutcome;
import nashir.publish.PublishOutcome.AccountPaused;
import nashir.publish.PublishOutcome.PermanentFailure;
import nashir.publish.PublishOutcome.Published;
import nashir.publish.PublishOutcome.RateLimited;
import nashir.publish.PublishOutcome.TransientFailure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static nashir.bluesky.TestBluesky.RKEY;
import static org.assertj.core.api.Assertions.assertThat;

/** Each answer of a PDS, mapped to the outcomes the queue knows. */
class BlueskyAnswersTests {

	private static final String SESSION = "/xrpc/com.atproto.server.createSession";

	private static final String REFRESH = "/xrpc/com.atproto.server.refreshSession";

	private static final String CREATE = "/xrpc/com.atproto.repo.createRecord";

	private static final String GET = "/xrpc/com.atproto.repo.getRecord";

	private static final String ACCESS = "eyJhbGciOiJFUzI1NksifQ.access-wiremock";

	private static final String REFRESH_TOKEN = "eyJhbGciOiJFUzI1NksifQ.refresh-wiremock";

	private final WireMockServer pds = new WireMockServer(options().dynamicPort());

	@BeforeEach
	void start() {
		this.pds.start();
		this.pds.stubFor(post(SESSION).willReturn(json(200, "{\"did\":\"" + FakeBluesky.DID
				+ "\",\"handle\":\"ofoq.bsky.social\",\"accessJwt\":\"" + ACCESS + "\",\"refreshJwt\":\"" + REFRESH_TOKEN
				+ "\",\"active\":true}")));
		this.pds.stubFor(get(urlPathEqualTo(GET))
			.willReturn(json(400, "{\"error\":\"RecordNotFound\",\"message\":\"Could not locate record\"}")));
	}

	@AfterEach
	void stop() {
		this.pds.stop();
	}

	@Test
	void shouldWaitUntilTheRateLimitResets() {
		this.pds.stubFor(post(CREATE).willReturn(json(429, "{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}")
			.withHeader("ratelimit-limit", "5000")
			.withHeader("ratelimit-remaining", "0")
			.withHeader("ratelimit-reset", "1796207400")
			.withHeader("ratelimit-policy", "5000;w=3600")));

		assertThat(publish()).isInstanceOfSatisfying(RateLimited.class, (limited) -> {
			assertThat(limited.resetAt()).isEqualTo(Instant.ofEpochSecond(1796207400));
			assertThat(limited.reason().key()).isEqualTo("bluesky.error.rateLimit");
			assertThat(limited.quota().remaining()).isZero();
			assertThat(limited.quota().limit()).isEqualTo(5000);
		});
	}

	@Test
	void shouldWaitFiveMinutesWhenARateLimitNamesNoTime() {
		this.pds.stubFor(post(SESSION).willReturn(json(429, "{\"error\":\"RateLimitExceeded\"}")));

		assertThat(publish()).isInstanceOfSatisfying(RateLimited.class,
				(limited) -> assertThat(limited.resetAt()).isEqualTo(TestBluesky.NOW.plus(Duration.ofMinutes(5))));
	}

	@Test
	void shouldPauseATakenDownAccountForAnOperator() {
		this.pds.stubFor(post(SESSION).willReturn(
				json(401, "{\"error\":\"AccountTakedown\",\"message\":\"Account has been taken down\"}")));

		assertThat(publish()).isInstanceOfSatisfying(AccountPaused.class, (paused) -> {
			assertThat(paused.pause().kind()).isEqualTo(Kind.PERMISSION);
			assertThat(paused.pause().why().key()).isEqualTo("bluesky.pause.permission");
			assertThat(paused.pause().reason()).contains("AccountTakedown");
		});
	}

	@Test
	void shouldPauseTheAccountWhenItsTokenIsRefusedAfterARefusedRefresh() {
		this.pds.stubFor(post(CREATE).willReturn(json(401, "{\"error\":\"InvalidToken\",\"message\":\"Token could not be verified\"}")));
		this.pds.stubFor(post(REFRESH).willReturn(json(401, "{\"error\":\"InvalidToken\",\"message\":\"Token could not be verified\"}")));

		assertThat(publish()).isInstanceOfSatisfying(AccountPaused.class, (paused) -> {
			assertThat(paused.pause().kind()).isEqualTo(Kind.CREDENTIALS);
			assertThat(paused.pause().reason()).contains("401 InvalidToken");
		});
		this.pds.verify(1, postRequestedFor(urlPathEqualTo(REFRESH)));
		this.pds.verify(2, postRequestedFor(urlPathEqualTo(SESSION)));
		this.pds.verify(2, postRequestedFor(urlPathEqualTo(CREATE)));
	}

	@Test
	void shouldFailForGoodAPostThePdsRefuses() {
		this.pds.stubFor(post(CREATE).willReturn(json(400, "{\"error\":\"InvalidRequest\",\"message\":"
				+ "\"Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes\"}")));

		assertThat(publish()).isInstanceOfSatisfying(PermanentFailure.class, (failure) -> {
			assertThat(failure.reason().key()).isEqualTo("bluesky.error.refused");
			assertThat(failure.reason().english()).isEqualTo("Bluesky refused the post (400 InvalidRequest: "
					+ "Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes)");
		});
		this.pds.verify(0, getRequestedFor(urlPathEqualTo(GET)));
	}

	@Test
	void shouldTryAgainAfterAServerErrorWhenTheRecordIsNotThere() {
		this.pds.stubFor(post(CREATE).willReturn(json(500, "{\"error\":\"InternalServerError\",\"message\":\"Internal Server Error\"}")));

		assertThat(publish()).isInstanceOfSatisfying(TransientFailure.class, (failure) -> {
			assertThat(failure.reason().key()).isEqualTo("bluesky.error.unavailable");
			assertThat(failure.reason().english()).contains("500 InternalServerError");
		});
		this.pds.verify(getRequestedFor(urlPathEqualTo(GET)).withQueryParam("rkey",
				com.github.tomakehurst.wiremock.client.WireMock.equalTo(RKEY)));
	}

	@Test
	void shouldCountAKeyThePdsSaysIsTakenAsPublishedWhenTheRecordIsThere() {
		this.pds.stubFor(post(CREATE).willReturn(
				json(409, "{\"error\":\"RecordAlreadyExists\",\"message\":\"Record already exists\"}")));
		this.pds.stubFor(get(urlPathEqualTo(GET)).willReturn(json(200, "{\"uri\":\"at://" + FakeBluesky.DID
				+ "/app.bsky.feed.post/" + RKEY + "\",\"cid\":\"bafyrei\",\"value\":{}}")));

		assertThat(publish()).isInstanceOfSatisfying(Published.class,
				(published) -> assertThat(published.tweetId()).isEqualTo(RKEY));
	}

	@Test
	void shouldTryAgainWhenThePdsAnswersWithAPage() {
		this.pds.stubFor(post(CREATE).willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")));

		assertThat(publish()).isInstanceOf(TransientFailure.class);
	}

	@Test
	void shouldTryAgainWhenASignInNamesNoSession() {
		this.pds.stubFor(post(SESSION).willReturn(json(200, "{\"did\":\"" + FakeBluesky.DID + "\"}")));

		assertThat(publish()).isInstanceOf(TransientFailure.class);
		this.pds.verify(0, postRequestedFor(urlPathEqualTo(CREATE)));
	}

	@Test
	void shouldTryAgainWhenTheRefreshFailsOnTheServer() {
		this.pds.stubFor(post(CREATE).willReturn(json(400, "{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}")));
		this.pds.stubFor(post(REFRESH).willReturn(json(503, "{\"error\":\"InternalServerError\"}")));

		assertThat(publish()).isInstanceOf(TransientFailure.class);
		this.pds.verify(1, postRequestedFor(urlPathEqualTo(SESSION)));
	}

	@Test
	void shouldTryAgainWhenThePdsDoesNotAnswerInTime() {
		this.pds.stubFor(post(CREATE).willReturn(json(200, "{}").withFixedDelay(2_000)));

		PublishOutcome outcome = TestBluesky.channel(Duration.ofMillis(500))
			.publisher("b", TestBluesky.account(this.pds.baseUrl()))
			.publish(TestBluesky.post());

		assertThat(outcome).isInstanceOfSatisfying(TransientFailure.class,
				(failure) -> assertThat(failure.reason().key()).isEqualTo("bluesky.error.timeout"));
	}

	@Test
	void shouldTryAgainWhenThePdsCannotBeReached() {
		int port = this.pds.port();
		this.pds.stop();

		PublishOutcome outcome = TestBluesky.channel()
			.publisher("b", TestBluesky.account("http://127.0.0.1:" + port))
			.publish(TestBluesky.post());

		assertThat(outcome).isInstanceOfSatisfying(TransientFailure.class,
				(failure) -> assertThat(failure.reason().key()).isEqualTo("bluesky.error.connection"));
	}

	@Test
	void shouldPauseAnAccountWhoseServiceIsNoAddress() {
		PublishOutcome outcome = TestBluesky.channel()
			.publisher("b", TestBluesky.account("ftp://pds.example.com"))
			.publish(TestBluesky.post());

		assertThat(outcome).isInstanceOfSatisfying(AccountPaused.class,
				(paused) -> assertThat(paused.pause().why().key()).isEqualTo("bluesky.pause.service"));
	}

	private PublishOutcome publish() {
		PublishOutcome outcome = TestBluesky.channel()
			.publisher("b", TestBluesky.account(this.pds.baseUrl()))
			.publish(TestBluesky.post());
		TestBluesky.assertNoSecrets(outcome, java.util.List.of(ACCESS, REFRESH_TOKEN));
		return outcome;
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

}
