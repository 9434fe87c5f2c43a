package nashir.mastodon;

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import nashir.TestClock;
import nashir.net.Http;
import nashir.net.TestNet;
import nashir.publish.AccountPause.Kind;
import nashir.publish.OutgoingPost;
import nashir.publish.OutgoingPost.PostKey;
import nashir.publish.PublishOutcome;
import nashir.publish.PublishOutcome.AccountPaused;
import nashir.publish.PublishOutcome.PermanentFailure;
import nashir.publish.PublishOutcome.Published;
import nashir.publish.PublishOutcome.RateLimited;
import nashir.publish.PublishOutcome.TransientFailure;
import nashir.publish.Publisher;
import nashir.publish.RateLimitStatus;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static nashir.mastodon.MastodonAccounts.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

/** How each answer of an instance becomes an outcome, the Idempotency-Key sent, and what a failed image does. */
@ExtendWith(OutputCaptureExtension.class)
class MastodonAnswersTests {

	private static final String STATUSES = "/api/v1/statuses";

	private static final String MEDIA = "/api/v2/media";

	private static final PostKey KEY = new PostKey(104233, Instant.parse("2026-12-02T10:15:30.123456Z"));

	private final WireMockServer instance = new WireMockServer(options().dynamicPort());

	private final TestClock clock = new TestClock();

	private Publisher publisher;

	@BeforeEach
	void start() {
		this.instance.start();
		this.instance.stubFor(get("/images/summit.png").willReturn(aResponse().withBody(MastodonAccounts.png())));
		this.instance.stubFor(post(MEDIA).willReturn(json(200, "{\"id\":\"22\",\"type\":\"image\"}")));
		this.publisher = publisher(MastodonAccounts.SETTINGS);
	}

	@AfterEach
	void stop(CapturedOutput output) {
		this.instance.stop();
		MastodonAccounts.assertNoToken(output.getAll());
	}

	@Test
	void shouldSendTheSameKeyOnEveryAttemptAtOnePost() {
		answerStatus(json(503, "{\"error\":\"Service Unavailable\"}"));
		publish(story(KEY, null));
		publish(story(KEY, null));
		publish(story(new PostKey(104234, KEY.createdAt()), null));

		this.instance.verify(2, postRequestedFor(urlEqualTo(STATUSES)).withHeader("Idempotency-Key",
				equalTo("nashir-104233-1796206530123456")));
		this.instance.verify(1, postRequestedFor(urlEqualTo(STATUSES)).withHeader("Idempotency-Key",
				equalTo("nashir-104234-1796206530123456")));
		this.instance.verify(3, postRequestedFor(urlEqualTo(STATUSES))
			.withHeader("Authorization", equalTo("Bearer " + MastodonAccounts.TOKEN))
			.withRequestBody(matchingJsonPath("$.status", equalTo(TEXT)))
			.withRequestBody(matchingJsonPath("$.language", equalTo("ar"))));
	}

	@Test
	void shouldReadTheStatusAndTheRateLimit() {
		answerStatus(json(200, "{\"id\":\"113500000000000042\",\"url\":\"https://mastodon.social/@ofoq/113500000000000042\"}")
			.withHeader("X-RateLimit-Limit", "300")
			.withHeader("X-RateLimit-Remaining", "299")
			.withHeader("X-RateLimit-Reset", "2026-12-02T12:00:00.000000Z"));

		assertThat(publish(story(KEY, null))).isEqualTo(new Published("113500000000000042", false, null,
				new RateLimitStatus(300, 299, Instant.parse("2026-12-02T12:00:00Z"), null, null, null),
				"https://mastodon.social/@ofoq/113500000000000042"));
	}

	@Test
	void shouldWaitForTheRateLimitReset() {
		answerStatus(json(429, "{\"error\":\"Too many requests\"}").withHeader("X-RateLimit-Limit", "300")
			.withHeader("X-RateLimit-Remaining", "0")
			.withHeader("X-RateLimit-Reset", "2026-12-02T12:00:00.000000Z"));

		assertThat(publish(story(KEY, null))).isInstanceOfSatisfying(RateLimited.class, (limited) -> {
			assertThat(limited.resetAt()).isEqualTo(Instant.parse("2026-12-02T12:00:00Z"));
			assertThat(limited.reason().key()).isEqualTo("mastodon.error.rateLimit");
			assertThat(limited.quota().remaining()).isZero();
		});
	}

	@Test
	void shouldWaitFiveMinutesForARateLimitThatNamesNoTime() {
		answerStatus(json(429, "{\"error\":\"Too many requests\"}"));

		assertThat(publish(story(KEY, null))).isInstanceOfSatisfying(RateLimited.class, (limited) -> assertThat(
				limited.resetAt()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(5))));
	}

	@Test
	void shouldPauseTheAccountWhenTheTokenIsRefused() {
		answerStatus(json(401, "{\"error\":\"The access token is invalid\"}"));

		assertPaused(publish(story(KEY, null)), Kind.CREDENTIALS, "The access token is invalid");
	}

	@Test
	void shouldPauseTheAccountWhenAScopeIsMissing() {
		answerStatus(json(403, "{\"error\":\"This action is outside the authorized scopes\"}"));

		assertPaused(publish(story(KEY, null)), Kind.PERMISSION, "outside the authorized scopes");
	}

	@Test
	void shouldPauseTheAccountWhenTheInstanceHasNoApi() {
		answerStatus(aResponse().withStatus(404).withBody("<html>Not Found</html>"));

		assertPaused(publish(story(KEY, null)), Kind.CREDENTIALS, "404");
	}

	@Test
	void shouldFailThePostForGoodWithMastodonsWords() {
		answerStatus(json(422, "{\"error\":\"Validation failed: Text character limit of 500 exceeded\"}"));

		assertThat(publish(story(KEY, null))).isInstanceOfSatisfying(PermanentFailure.class, (failure) -> {
			assertThat(failure.reason().key()).isEqualTo("mastodon.error.refused");
			assertThat(failure.reason().args()).containsExactly("422 Validation failed: Text character limit of 500 exceeded");
		});
	}

	@Test
	void shouldTryAgainAfterAServerError() {
		answerStatus(json(503, "{\"error\":\"Service Unavailable\"}").withHeader("Retry-After", "120"));

		assertThat(publish(story(KEY, null))).isInstanceOfSatisfying(TransientFailure.class, (failure) -> {
			assertThat(failure.reason().key()).isEqualTo("mastodon.error.unavailable");
			assertThat(failure.retryAt()).isEqualTo(this.clock.instant().plusSeconds(120));
		});
	}

	@Test
	void shouldTryAgainAfterATimeout() {
		answerStatus(json(200, "{\"id\":\"1\"}").withFixedDelay(3000));
		Publisher impatient = publisher(new MastodonSettings(Duration.ofSeconds(1), Duration.ofMillis(500), null, null,
				3, Duration.ofMillis(10), null));

		assertThat(publish(impatient, story(KEY, null))).isInstanceOfSatisfying(TransientFailure.class,
				(failure) -> assertThat(failure.reason().key()).isEqualTo("mastodon.error.timeout"));
	}

	@Test
	void shouldTryAgainAfterAConnectionReset() {
		answerStatus(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

		assertThat(publish(story(KEY, null))).isInstanceOfSatisfying(TransientFailure.class,
				(failure) -> assertThat(failure.reason().key()).isEqualTo("mastodon.error.connection"));
	}

	@Test
	void shouldCountATakenStatusWithAnUnreadableAnswerAsPublished() {
		answerStatus(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>ok</html>"));

		assertThat(publish(story(KEY, null))).isInstanceOfSatisfying(Published.class, (published) -> {
			assertThat(published.tweetId()).isNull();
			assertThat(published.note().key()).isEqualTo("mastodon.note.unreadable");
		});
	}

	@Test
	void shouldPostWithoutAnImageMastodonRefuses() {
		this.instance.stubFor(post(MEDIA).willReturn(json(422, "{\"error\":\"Validation failed: File content type is invalid\"}")));
		answerStatus(json(200, "{\"id\":\"7\"}"));

		assertThat(publish(story(KEY, imageUrl()))).isInstanceOfSatisfying(Published.class, (published) -> {
			assertThat(published.tweetId()).isEqualTo("7");
			assertThat(published.note().key()).isEqualTo("mastodon.note.image.refused");
			assertThat(published.note().english()).contains("File content type is invalid");
		});
		this.instance.verify(postRequestedFor(urlEqualTo(STATUSES)).withRequestBody(
				matchingJsonPath("$.media_ids", absent())));
	}

	@Test
	void shouldSendTheUploadedImageWithTheStatus() {
		answerStatus(json(200, "{\"id\":\"7\"}"));

		assertThat(publish(story(KEY, imageUrl()))).isInstanceOfSatisfying(Published.class,
				(published) -> assertThat(published.note()).isNull());
		this.instance.verify(postRequestedFor(urlEqualTo(MEDIA))
			.withHeader("Content-Type", containing("multipart/form-data"))
			.withRequestBody(containing("name=\"description\"")));
		this.instance.verify(postRequestedFor(urlEqualTo(STATUSES))
			.withRequestBody(matchingJsonPath("$.media_ids[0]", equalTo("22"))));
	}

	@Test
	void shouldPostWithoutAnImageWhenTheInstanceHasNoMediaApi() {
		this.instance.stubFor(post(MEDIA).willReturn(json(404, "{\"error\":\"Record not found\"}")));
		answerStatus(json(200, "{\"id\":\"7\"}"));

		assertThat(publish(story(KEY, imageUrl()))).isInstanceOfSatisfying(Published.class,
				(published) -> assertThat(published.note().key()).isEqualTo("mastodon.note.image.refused"));
	}

	@Test
	void shouldPostWithoutAnImageWhoseProcessingFails() {
		this.instance.stubFor(post(MEDIA).willReturn(json(202, "{\"id\":\"22\",\"url\":null}")));
		this.instance.stubFor(get("/api/v1/media/22").willReturn(json(404, "{\"error\":\"Record not found\"}")));
		answerStatus(json(200, "{\"id\":\"7\"}"));

		assertThat(publish(story(KEY, imageUrl()))).isInstanceOfSatisfying(Published.class, (published) -> {
			assertThat(published.tweetId()).isEqualTo("7");
			assertThat(published.note().key()).isEqualTo("mastodon.note.image.failed");
		});
		this.instance.verify(postRequestedFor(urlEqualTo(STATUSES)).withRequestBody(matchingJsonPath("$.media_ids", absent())));
	}

	@Test
	void shouldKeepNoAddressThePostCannotStore() {
		answerStatus(json(200, "{\"id\":\"7\",\"url\":\"https://mastodon.social/" + "a".repeat(500) + "\"}"));

		assertThat(publish(story(KEY, null))).isInstanceOfSatisfying(Published.class,
				(published) -> assertThat(published.url()).isNull());
	}

	@Test
	void shouldStopThePostWhenTheUploadIsRateLimited() {
		this.instance.stubFor(post(MEDIA).willReturn(json(429, "{\"error\":\"Too many requests\"}")
			.withHeader("X-RateLimit-Reset", "2026-12-02T12:30:00.000000Z")));

		assertThat(publish(story(KEY, imageUrl()))).isInstanceOfSatisfying(RateLimited.class,
				(limited) -> assertThat(limited.resetAt()).isEqualTo(Instant.parse("2026-12-02T12:30:00Z")));
		this.instance.verify(0, postRequestedFor(urlEqualTo(STATUSES)));
	}

	@Test
	void shouldCutALongDescriptionAtALetter() {
		String description = "ب".repeat(1499) + "🇺🇳" + "ت";

		assertThat(MediaUploader.description(description)).isEqualTo("ب".repeat(1499));
		assertThat(MediaUploader.description("  " + MastodonAccounts.HEADLINE + " ")).isEqualTo(MastodonAccounts.HEADLINE);
		assertThat(MediaUploader.description(" ")).isNull();
	}

	private void assertPaused(PublishOutcome outcome, Kind kind, String words) {
		assertThat(outcome).isInstanceOfSatisfying(AccountPaused.class, (paused) -> {
			assertThat(paused.pause().kind()).isEqualTo(kind);
			assertThat(paused.pause().reason()).contains("ofoq").contains(words);
		});
	}

	private Publisher publisher(MastodonSettings settings) {
		return new MastodonChannel(settings, TestNet.http(), Http.unguarded(), this.clock).publisher("ofoq",
				MastodonAccounts.account(this.instance.baseUrl()));
	}

	private String imageUrl() {
		return "http://localhost:" + this.instance.port() + "/images/summit.png";
	}

	private void answerStatus(ResponseDefinitionBuilder answer) {
		this.instance.stubFor(post(STATUSES).willReturn(answer));
	}

	private PublishOutcome publish(OutgoingPost post) {
		return publish(this.publisher, post);
	}

	private static PublishOutcome publish(Publisher publisher, OutgoingPost post) {
		PublishOutcome outcome = publisher.publish(post);
		MastodonAccounts.assertNoToken(outcome);
		return outcome;
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
	}

	private static OutgoingPost story(PostKey key, String imageUrl) {
		return new OutgoingPost("ofoq", TEXT, imageUrl, "الرئيسان بوتين وبايدن في جنيف", key, null, null);
	}

}
