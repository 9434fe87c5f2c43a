package nashir.mastodon;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

import nashir.FakeMastodon;
import nashir.publish.AccountPause.Kind;
import nashir.publish.OutgoingPost;
import nashir.publish.OutgoingPost.PostKey;
import nashir.publish.PublishOutcome;
import nashir.publish.PublishOutcome.AccountPaused;
import nashir.publish.PublishOutcome.Published;
import nashir.publish.Publisher;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static nashir.mastodon.MastodonAccounts.TEXT;
import static nashir.mastodon.MastodonAccounts.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** Posting to a stand-in instance: the status, exactly once by its key, and its image. */
@ExtendWith(OutputCaptureExtension.class)
class MastodonPublisherTests {

	private static final String ALT_TEXT = "الرئيسان بوتين وبايدن يتصافحان في جنيف 🤝";

	private static final PostKey KEY = new PostKey(104233, Instant.parse("2026-12-02T10:15:30.123456Z"));

	private final WireMockServer images = new WireMockServer(options().dynamicPort());

	private FakeMastodon mastodon;

	private Publisher publisher;

	@BeforeEach
	void start() throws IOException {
		this.mastodon = new FakeMastodon(TOKEN);
		this.images.start();
		this.images.stubFor(get("/images/summit.png").willReturn(aResponse().withBody(MastodonAccounts.png())));
		this.publisher = MastodonAccounts.channel(Clock.systemUTC())
			.publisher("ofoq", MastodonAccounts.account(this.mastodon.baseUrl()));
	}

	@AfterEach
	void stop(CapturedOutput output) {
		this.mastodon.close();
		this.images.stop();
		MastodonAccounts.assertNoToken(output.getAll());
	}

	@Test
	void shouldPostAPublicArabicStatus() {
		Published published = published(post(KEY, null));

		JsonNode status = this.mastodon.statuses().get(0);
		assertThat(status.path("content").asString()).isEqualTo(TEXT);
		assertThat(status.path("language").asString()).isEqualTo("ar");
		assertThat(status.path("visibility").asString()).isEqualTo("public");
		assertThat(published.tweetId()).isEqualTo(status.path("id").asString());
		assertThat(published.url()).isEqualTo(this.mastodon.baseUrl() + "/@ofoq/" + published.tweetId());
		assertThat(published.dryRun()).isFalse();
		assertThat(published.note()).isNull();
		assertThat(published.quota().limit()).isEqualTo(300);
		assertThat(published.quota().reset()).isAfter(Instant.now());
	}

	@Test
	void shouldBeAnsweredWithTheFirstStatusWhenAPostIsSentAgain() {
		Published first = published(post(KEY, null));
		Published again = published(post(KEY, null));

		assertThat(again.tweetId()).isEqualTo(first.tweetId());
		assertThat(again.url()).isEqualTo(first.url());
		assertThat(this.mastodon.requests()).containsEntry(TEXT, 2);
		assertThat(this.mastodon.accepted()).containsExactly(Map.entry(TEXT, 1));
	}

	@Test
	void shouldMakeOneStatusOfTwoAttemptsInFlightTogether() throws Exception {
		try (FakeMastodon slow = new FakeMastodon(TOKEN, Duration.ofMillis(500))) {
			Publisher publisher = MastodonAccounts.channel(Clock.systemUTC())
				.publisher("ofoq", MastodonAccounts.account(slow.baseUrl()));
			ExecutorService twoNodes = Executors.newFixedThreadPool(2);
			try {
				Future<PublishOutcome> first = twoNodes.submit(() -> publisher.publish(post(KEY, null)));
				Future<PublishOutcome> reclaimed = twoNodes.submit(() -> publisher.publish(post(KEY, null)));

				assertThat(((Published) reclaimed.get()).tweetId()).isEqualTo(((Published) first.get()).tweetId());
				assertThat(slow.requests()).containsEntry(TEXT, 2);
				assertThat(slow.accepted()).containsExactly(Map.entry(TEXT, 1));
			}
			finally {
				twoNodes.shutdownNow();
			}
		}
	}

	@Test
	void shouldMakeTwoStatusesOfTwoPostsWithTheSameText() {
		Published first = published(post(KEY, null));
		Published second = published(post(new PostKey(104234, KEY.createdAt()), null));

		assertThat(second.tweetId()).isNotEqualTo(first.tweetId());
		assertThat(this.mastodon.accepted()).containsEntry(TEXT, 2);
	}

	@Test
	void shouldUploadTheImageWithItsDescription() {
		Published published = published(post(KEY, imageUrl()));

		assertThat(published.note()).isNull();
		assertThat(this.mastodon.mediaDescriptions()).containsExactly(ALT_TEXT);
		assertThat(this.mastodon.statuses().get(0).path("media_ids").size()).isEqualTo(1);
	}

	@Test
	void shouldWaitForAnImageTheInstanceIsStillProcessing() {
		this.mastodon.processingPolls(2);

		Published published = published(post(KEY, imageUrl()));

		assertThat(published.note()).isNull();
		assertThat(this.mastodon.statuses().get(0).path("media_ids").size()).isEqualTo(1);
	}

	@Test
	void shouldPostWithoutAnImageStillProcessingAfterItsPolls() {
		this.mastodon.processingPolls(10);

		Published published = published(post(KEY, imageUrl()));

		assertThat(published.note().key()).isEqualTo("mastodon.note.image.processing");
		assertThat(published.note().english()).startsWith("image left out: ");
		assertThat(this.mastodon.statuses().get(0).path("media_ids").size()).isZero();
		assertThat(this.mastodon.accepted()).containsEntry(TEXT, 1);
	}

	@Test
	void shouldPostWithoutAnImageThatCannotBeDownloaded() {
		Published published = published(post(KEY, imageUrl().replace("summit", "missing")));

		assertThat(published.note().key()).isEqualTo("publish.note.image.status");
		assertThat(this.mastodon.mediaDescriptions()).isEmpty();
		assertThat(this.mastodon.accepted()).containsEntry(TEXT, 1);
	}

	@Test
	void shouldPauseTheAccountWhoseTokenIsRefused() {
		Publisher wrong = MastodonAccounts.channel(Clock.systemUTC())
			.publisher("ofoq", MastodonAccounts.account(this.mastodon.baseUrl(), "mst-not-the-token"));

		PublishOutcome outcome = wrong.publish(post(KEY, imageUrl()));

		assertThat(outcome).isInstanceOfSatisfying(AccountPaused.class,
				(paused) -> assertThat(paused.pause().kind()).isEqualTo(Kind.CREDENTIALS));
		assertThat(this.mastodon.requests()).isEmpty();
	}

	@Test
	void shouldNeverShowTheToken() {
		MastodonAccounts.assertNoToken(this.publisher);
		MastodonAccounts.assertNoToken(MastodonAccounts.account(this.mastodon.baseUrl()));
		MastodonAccounts.assertNoToken(this.publisher.publish(post(KEY, imageUrl())));
	}

	@Test
	void shouldPauseAnAccountWhoseInstanceIsNoAddress() {
		Publisher publisher = MastodonAccounts.channel(Clock.systemUTC())
			.publisher("ofoq", MastodonAccounts.account("ftp://mastodon.social"));

		assertThat(publisher.publish(post(KEY, null))).isInstanceOfSatisfying(AccountPaused.class,
				(paused) -> assertThat(paused.pause().why().key()).isEqualTo("mastodon.connect.instance"));
	}

	private String imageUrl() {
		return "http://localhost:" + this.images.port() + "/images/summit.png";
	}

	private Published published(OutgoingPost post) {
		PublishOutcome outcome = this.publisher.publish(post);
		MastodonAccounts.assertNoToken(outcome);
		assertThat(outcome).isInstanceOf(Published.class);
		return (Published) outcome;
	}

	private static OutgoingPost post(PostKey key, String imageUrl) {
		return new OutgoingPost("ofoq", TEXT, imageUrl, ALT_TEXT, key, "https://ofoq.example.com/?p=104233",
				MastodonAccounts.HEADLINE);
	}

}
