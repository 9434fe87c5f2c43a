package nashir.publish;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nashir.publish.AccountPause.Kind;
import nashir.publish.PublishOutcome.AccountPaused;
import nashir.publish.PublishOutcome.Duplicate;
import nashir.publish.PublishOutcome.PermanentFailure;
import nashir.publish.PublishOutcome.Published;
import nashir.publish.PublishOutcome.RateLimited;
import nashir.publish.PublishOutcome.TransientFailure;
import nashir.text.Reason;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static nashir.publish.TestAccounts.ACCESS_TOKEN;
import static nashir.publish.TestAccounts.ACCESS_TOKEN_SECRET;
import static nashir.publish.TestAccounts.CONSUMER_KEY;
import static nashir.publish.TestAccounts.CONSUMER_SECRET;
import static nashir.publish.TestAccounts.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

/** The X publisher against a WireMock X: what it sends to {@code POST /2/tweets} and how it reads each answer. */
@ExtendWith(OutputCaptureExtension.class)
class XPublisherTests {

	private static final String TWEET_ID = "1445880548472328192";

	private final WireMockServer x = new WireMockServer(options().dynamicPort());

	private Publisher publisher;

	@BeforeEach
	void startX() {
		this.x.start();
		this.publisher = TestAccounts.publishers(this.x.baseUrl(), Duration.ofSeconds(5)).forAccount("main");
	}

	@AfterEach
	void stopX(CapturedOutput output) {
		this.x.stop();
		TestAccounts.assertNoCredentials(output.getAll());
	}

	@Test
	void shouldSendTheExactTextAsJson() {
		answer(aResponse().withStatus(201).withBody("{\"data\":{\"id\":\"" + TWEET_ID + "\",\"text\":\"…\"}}"));

		publish(TEXT);

		JsonNode body = JsonMapper.shared()
			.readTree(new String(tweetRequest().getBody(), StandardCharsets.UTF_8));
		assertThat(body.path("text").asString()).isEqualTo(TEXT);
		assertThat(body.has("media")).isFalse();
		assertThat(tweetRequest().getHeader("Content-Type")).startsWith("application/json");
	}

	@Test
	void shouldSignWithOAuth1UserContext() {
		answer(aResponse().withStatus(201).withBody("{\"data\":{\"id\":\"" + TWEET_ID + "\"}}"));

		publish(TEXT);

		String authorization = tweetRequest().getHeader("Authorization");
		assertThat(OAuth1Verifier.parameters(authorization)).containsEntry("oauth_consumer_key", CONSUMER_KEY)
			.containsEntry("oauth_token", ACCESS_TOKEN)
			.containsEntry("oauth_signature_method", "HMAC-SHA1")
			.containsEntry("oauth_version", "1.0")
			.containsKeys("oauth_nonce", "oauth_timestamp");
		assertThat(OAuth1Verifier.parameters(authorization).get("oauth_signature"))
			.isEqualTo(OAuth1Verifier.expectedSignature(authorization, "POST", this.x.baseUrl() + "/2/tweets",
					CONSUMER_SECRET, ACCESS_TOKEN_SECRET));
		TestAccounts.assertNoCredentials(authorization.replace(CONSUMER_KEY, "").replace(ACCESS_TOKEN, ""));
	}

	@Test
	void shouldReturnTheTweetIdAndQuotaOfA201() {
		answer(aResponse().withStatus(201)
			.withHeader("x-rate-limit-limit", "100")
			.withHeader("x-rate-limit-remaining", "99")
			.withHeader("x-rate-limit-reset", "1780000000")
			.withHeader("x-user-limit-24hour-limit", "17")
			.withHeader("x-user-limit-24hour-remaining", "16")
			.withHeader("x-user-limit-24hour-reset", "1780050000")
			.withBody("{\"data\":{\"id\":\"" + TWEET_ID + "\",\"text\":\"قمة\"}}"));

		PublishOutcome outcome = publish(TEXT);

		assertThat(outcome).isEqualTo(new Published(TWEET_ID, false, null, new RateLimitStatus(100, 99,
				Instant.ofEpochSecond(1780000000), 17, 16, Instant.ofEpochSecond(1780050000))));
	}

	@Test
	void shouldCountA201WithoutIdAsPublishedSoItIsNeverSentTwice() {
		answer(aResponse().withStatus(201).withBody("<html>OK</html>"));

		assertThat(publish(TEXT)).isInstanceOfSatisfying(Published.class, (published) -> {
			assertThat(published.tweetId()).isNull();
			assertThat(published.note())
				.isEqualTo(Reason.of("publish.note.noId", "X took it, answer unreadable (201, no data.id in the answer)", 201));
		});
	}

	@Test
	void shouldCallA403DuplicateContentADuplicate() {
		answer(problem(403, "Forbidden", "You are not allowed to create a Tweet with duplicate content."));

		assertThat(publish(TEXT)).isInstanceOfSatisfying(Duplicate.class,
				(duplicate) -> assertThat(duplicate.detail()).contains("duplicate content"));
	}

	@Test
	void shouldCallAnyOther403APermanentFailureInXsWords() {
		answer(problem(403, "Forbidden", "You are not permitted to perform this action."));

		assertThat(publish(TEXT)).isInstanceOfSatisfying(PermanentFailure.class,
				(failure) -> assertThat(failure.reason().english()).contains("403", "Forbidden",
						"You are not permitted to perform this action."));
	}

	@Test
	void shouldGiveAPermanentFailureAMessageKeyWithXsWordsAsItsArgument() {
		answer(problem(403, "Forbidden", "You are not permitted to perform this action."));

		assertThat(publish(TEXT)).isInstanceOfSatisfying(PermanentFailure.class, (failure) -> {
			assertThat(failure.reason().key()).isEqualTo("publish.error.refused");
			assertThat(failure.reason().args()).singleElement().asString().startsWith("403");
		});
	}

	@Test
	void shouldCallA400APermanentFailureWithXsDetail() {
		answer(aResponse().withStatus(400)
			.withBody("{\"errors\":[{\"parameters\":{\"text\":[\"\"]},\"message\":\"Tweet text is too long\"}],"
					+ "\"title\":\"Invalid Request\",\"detail\":\"One or more parameters to your request was invalid.\","
					+ "\"type\":\"https://api.twitter.com/2/problems/invalid-request\"}"));

		assertThat(publish(TEXT)).isInstanceOfSatisfying(PermanentFailure.class,
				(failure) -> assertThat(failure.reason().english()).contains("400", "Invalid Request",
						"One or more parameters to your request was invalid.", "Tweet text is too long")
					.doesNotContain("\n"));
	}

	@Test
	void shouldPauseTheAccountOnA401NamingTheAccountButNoKey() {
		answer(problem(401, "Unauthorized", "Unauthorized"));

		assertThat(publish(TEXT)).isInstanceOfSatisfying(AccountPaused.class, (paused) -> {
			assertThat(paused.pause().kind()).isEqualTo(Kind.CREDENTIALS);
			assertThat(paused.pause().reason()).contains("'main'", "401");
		});
	}

	@Test
	void shouldPauseTheAccountForCreditsOnA402CreditsDepleted() {
		answer(aResponse().withStatus(402).withBody("""
				{"type":"https://api.twitter.com/2/problems/credits","title":"CreditsDepleted",
				 "detail":"Your enrolled account [2059529979700846592] does not have any credits to fulfill this request."}
				"""));

		assertThat(publish(TEXT)).isInstanceOfSatisfying(AccountPaused.class, (paused) -> {
			assertThat(paused.pause().kind()).isEqualTo(Kind.CREDITS);
			assertThat(paused.pause().probes()).isTrue();
			assertThat(paused.pause().reason()).contains("'main'", "402 CreditsDepleted",
					"does not have any credits to fulfill this request");
		});
	}

	@Test
	void shouldPauseTheAccountForCreditsOnA429UsageCap() {
		answer(aResponse().withStatus(429).withHeader("x-rate-limit-remaining", "39999").withBody("""
				{"account_id":"1","product_name":"standard-basic","title":"UsageCapExceeded","period":"Monthly",
				 "scope":"Product","detail":"Usage cap exceeded: Monthly product cap",
				 "type":"https://api.twitter.com/2/problems/usage-capped"}
				"""));

		assertThat(publish(TEXT)).isInstanceOfSatisfying(AccountPaused.class, (paused) -> {
			assertThat(paused.pause().kind()).isEqualTo(Kind.CREDITS);
			assertThat(paused.pause().reason()).contains("Usage cap exceeded: Monthly product cap");
		});
	}

	/** X's own 403 answers that name the app or the account, not the post. */
	@ParameterizedTest
	@ValueSource(strings = { """
			{"client_id":"27316216","detail":"When authenticating requests to the Twitter API v2 endpoints, you must use \
			keys and tokens from a Twitter developer App that is attached to a Project. You can create a project via the \
			developer portal.","registration_url":"https://developer.twitter.com/en/docs/projects/overview",\
			"title":"Client Forbidden","required_enrollment":"Appropriate Level of API Access",\
			"reason":"client-not-enrolled","type":"https://api.twitter.com/2/problems/client-forbidden"}""", """
			{"title":"Forbidden","status":403,"detail":"Your client app is not configured with the appropriate oauth1 \
			app permissions for this endpoint.","type":"https://api.twitter.com/2/problems/oauth1-permissions"}""", """
			{"detail":"The user used for authentication is suspended","title":"Forbidden","status":403,\
			"type":"https://api.twitter.com/2/problems/user-suspended"}""" })
	void shouldPauseTheAccountOnA403ThatNamesTheAppOrAccount(String body) {
		answer(aResponse().withStatus(403).withBody(body));

		assertThat(publish(TEXT)).isInstanceOfSatisfying(AccountPaused.class, (paused) -> {
			assertThat(paused.pause().kind()).isEqualTo(Kind.PERMISSION);
			assertThat(paused.pause().probes()).isFalse();
			assertThat(paused.pause().reason()).contains("'main'", "403",
					JsonMapper.shared().readTree(body).path("detail").asString());
		});
	}

	/** The post's own faults stay the post's: the account goes on. */
	@ParameterizedTest
	@ValueSource(strings = {
			"{\"detail\":\"You are not allowed to create a Tweet with duplicate content.\",\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403}",
			"{\"detail\":\"You are not permitted to perform this action.\",\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403}",
			"{\"detail\":\"Your media IDs are invalid.\",\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403}" })
	void shouldKeepAPerPost403ThePostsOwn(String body) {
		answer(aResponse().withStatus(403).withBody(body));

		assertThat(publish(TEXT)).isInstanceOfAny(Duplicate.class, PermanentFailure.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"12345678901234567890123\"", "\"14458805484723281x\"", "\"\"", "\"-1445880548\"",
			"{\"x\":1}" })
	void shouldCountA201WithAnUnusableIdAsPublishedWithoutId(String id) {
		answer(aResponse().withStatus(201).withBody("{\"data\":{\"id\":" + id + ",\"text\":\"…\"}}"));

		assertThat(publish(TEXT)).isInstanceOfSatisfying(Published.class, (published) -> {
			assertThat(published.tweetId()).isNull();
			assertThat(published.note().english()).startsWith("X took ");
		});
	}

	@Test
	void shouldCallA503TransientAndKeepItsRetryAfter() {
		answer(problem(503, "Service Unavailable", "Service Unavailable").withHeader("Retry-After", "120"));
		Instant before = Instant.now();

		PublishOutcome outcome = publish(TEXT);

		assertThat(outcome).isInstanceOfSatisfying(TransientFailure.class, (failure) -> {
			assertThat(failure.reason().english()).contains("503");
			assertThat(failure.retryAt()).isBetween(before.plusSeconds(119), Instant.now().plusSeconds(121));
		});
	}

	@Test
	void shouldCallATimeoutTransient() {
		answer(aResponse().withStatus(201).withFixedDelay(2_000).withBody("{\"data\":{\"id\":\"1\"}}"));
		Publisher impatient = TestAccounts.publishers(this.x.baseUrl(), Duration.ofMillis(300)).forAccount("main");

		assertThat(impatient.publish(new OutgoingPost("main", TEXT, null, null)))
			.isInstanceOfSatisfying(TransientFailure.class,
					(failure) -> assertThat(failure.reason().english()).contains("did not answer in time"));
	}

	@Test
	void shouldCallAConnectionResetTransient() {
		answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

		assertThat(publish(TEXT)).isInstanceOfSatisfying(TransientFailure.class,
				(failure) -> assertThat(failure.reason().english()).contains("connection to X failed"));
	}

	@Test
	void shouldWaitFor429UntilTheRateLimitReset() {
		answer(problem(429, "Too Many Requests", "Too Many Requests").withHeader("x-rate-limit-limit", "100")
			.withHeader("x-rate-limit-remaining", "0")
			.withHeader("x-rate-limit-reset", "1780000000")
			.withHeader("x-user-limit-24hour-remaining", "12")
			.withHeader("x-user-limit-24hour-reset", "1780050000"));

		assertThat(publish(TEXT)).isInstanceOfSatisfying(RateLimited.class, (limited) -> {
			assertThat(limited.resetAt()).isEqualTo(Instant.ofEpochSecond(1780000000));
			assertThat(limited.quota().remaining()).isZero();
			assertThat(limited.reason().english()).contains("'main'", "rate limit");
		});
	}

	@Test
	void shouldWaitFor429UntilTheDailyResetWhenTheDailyLimitIsUsedUp() {
		answer(problem(429, "Too Many Requests", "Too Many Requests").withHeader("x-rate-limit-remaining", "99")
			.withHeader("x-rate-limit-reset", "1780000000")
			.withHeader("x-user-limit-24hour-limit", "17")
			.withHeader("x-user-limit-24hour-remaining", "0")
			.withHeader("x-user-limit-24hour-reset", "1780050000"));

		assertThat(publish(TEXT)).isInstanceOfSatisfying(RateLimited.class, (limited) -> {
			assertThat(limited.resetAt()).isEqualTo(Instant.ofEpochSecond(1780050000));
			assertThat(limited.quota().dailyLimit()).isEqualTo(17);
			assertThat(limited.reason().english()).contains("24-hour");
		});
	}

	@Test
	void shouldKeepTheLaterResetWhenTheWindowOutlastsTheDailyReset() {
		answer(problem(429, "Too Many Requests", "Too Many Requests").withHeader("x-rate-limit-reset", "1780090000")
			.withHeader("x-user-limit-24hour-remaining", "0")
			.withHeader("x-user-limit-24hour-reset", "1780050000"));

		assertThat(publish(TEXT)).isInstanceOfSatisfying(RateLimited.class,
				(limited) -> assertThat(limited.resetAt()).isEqualTo(Instant.ofEpochSecond(1780090000)));
	}

	@Test
	void shouldWaitAWindowWhenA429NamesNoTime() {
		answer(problem(429, "Too Many Requests", "Too Many Requests"));
		Instant before = Instant.now();

		assertThat(publish(TEXT)).isInstanceOfSatisfying(RateLimited.class,
				(limited) -> assertThat(limited.resetAt()).isBetween(before.plus(Duration.ofMinutes(15)),
						Instant.now().plus(Duration.ofMinutes(15))));
	}

	private PublishOutcome publish(String text) {
		PublishOutcome outcome = this.publisher.publish(new OutgoingPost("main", text, null, null));
		TestAccounts.assertNoCredentials(outcome);
		return outcome;
	}

	private void answer(ResponseDefinitionBuilder response) {
		this.x.stubFor(post("/2/tweets").willReturn(response.withHeader("Content-Type", "application/json")));
	}

	private static ResponseDefinitionBuilder problem(int status, String title, String detail) {
		return aResponse().withStatus(status)
			.withBody("{\"title\":\"" + title + "\",\"detail\":\"" + detail + "\",\"type\":\"about:blank\",\"status\":"
					+ status + "}");
	}

	private LoggedRequest tweetRequest() {
		return this.x.findAll(postRequestedFor(urlEqualTo("/2/tweets"))).get(0);
	}

}
