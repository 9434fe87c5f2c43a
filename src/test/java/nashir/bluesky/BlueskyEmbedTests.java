package nashir.bluesky;

import java.time.Duration;
import java.util.Arrays;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import nashir.FakeBluesky;
import nashir.publish.PublishOutcome;
import nashir.publish.PublishOutcome.Published;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static nashir.bluesky.TestBluesky.HANDLE;
import static nashir.bluesky.TestBluesky.HEADLINE;
import static nashir.bluesky.TestBluesky.LINK;
import static nashir.bluesky.TestBluesky.RKEY;
import static nashir.bluesky.TestBluesky.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

/** What a post shows under its text: a card of the story's link, or its image, and never a lost story. */
class BlueskyEmbedTests {

	private static final String ALT_TEXT = "الرئيسان بوتين وبايدن يتصافحان في جنيف 🤝";

	private final WireMockServer site = new WireMockServer(options().dynamicPort());

	private final byte[] png = TestBluesky.png(4, 3);

	private FakeBluesky pds;

	@BeforeEach
	void start() throws Exception {
		this.site.start();
		this.site.stubFor(get("/images/summit.png").willReturn(aResponse().withBody(this.png)));
		this.pds = new FakeBluesky(HANDLE, TestBluesky.APP_PASSWORD, Duration.ZERO);
	}

	@AfterEach
	void stop() {
		this.site.stop();
		this.pds.close();
	}

	@Test
	void shouldShowACardOfTheLinkWithTheStorysImageAsItsThumbnail() {
		Published published = publish(TestBluesky.post(TEXT, LINK, image("/images/summit.png"), ALT_TEXT));

		assertThat(published.note()).isNull();
		JsonNode embed = embed();
		assertThat(embed.path("$type").asString()).isEqualTo("app.bsky.embed.external");
		assertThat(embed.path("external").path("uri").asString()).isEqualTo(LINK);
		assertThat(embed.path("external").path("title").asString()).isEqualTo(HEADLINE);
		assertThat(embed.path("external").path("description").asString()).isEmpty();
		JsonNode thumb = embed.path("external").path("thumb");
		assertThat(thumb.path("$type").asString()).isEqualTo("blob");
		assertThat(thumb.path("ref").path("$link").asString()).isEqualTo("bafkreiblob" + this.png.length);
		assertThat(thumb.path("mimeType").asString()).isEqualTo("image/png");
		assertThat(this.pds.calls("com.atproto.repo.uploadBlob")).isEqualTo(1);
	}

	@Test
	void shouldShowACardWithoutAThumbnailWhenTheStoryHasNoImage() {
		publish(TestBluesky.post(TEXT, LINK, null, null));

		JsonNode external = embed().path("external");
		assertThat(external.path("uri").asString()).isEqualTo(LINK);
		assertThat(external.has("thumb")).isFalse();
		assertThat(this.pds.calls("com.atproto.repo.uploadBlob")).isZero();
	}

	@Test
	void shouldShowTheImageWithItsAltTextWhenThePostHasNoLink() {
		publish(TestBluesky.post(HEADLINE, null, image("/images/summit.png"), ALT_TEXT));

		JsonNode embed = embed();
		assertThat(embed.path("$type").asString()).isEqualTo("app.bsky.embed.images");
		assertThat(embed.path("images").size()).isEqualTo(1);
		assertThat(embed.path("images").path(0).path("alt").asString()).isEqualTo(ALT_TEXT);
		assertThat(embed.path("images").path(0).path("image").path("size").asInt()).isEqualTo(this.png.length);
	}

	@Test
	void shouldLeaveOutAnImageLargerThanBlueskyTakesAndKeepTheCard() {
		byte[] large = Arrays.copyOf(this.png, 1_000_001);
		this.site.stubFor(get("/images/large.png").willReturn(aResponse().withBody(large)));

		Published published = publish(TestBluesky.post(TEXT, LINK, image("/images/large.png"), ALT_TEXT));

		assertThat(published.tweetId()).isEqualTo(RKEY);
		assertThat(published.note().key()).isEqualTo("bluesky.note.image.tooLarge");
		assertThat(published.note().english()).isEqualTo(
				"image left out: 1000001 bytes, more than the 1000000 Bluesky takes");
		assertThat(embed().path("external").has("thumb")).isFalse();
		assertThat(this.pds.calls("com.atproto.repo.uploadBlob")).isZero();
	}

	@Test
	void shouldPostWithoutAnImageThatCannotBeDownloaded() {
		this.site.stubFor(get("/images/gone.png").willReturn(aResponse().withStatus(404)));

		Published published = publish(TestBluesky.post(HEADLINE, null, image("/images/gone.png"), ALT_TEXT));

		assertThat(published.note().key()).isEqualTo("publish.note.image.status");
		assertThat(published.note().english()).isEqualTo("image left out: the image server answered 404");
		assertThat(this.pds.records().get(RKEY).has("embed")).isFalse();
		assertThat(this.pds.accepted()).containsEntry(HEADLINE, 1);
	}

	private Published publish(nashir.publish.OutgoingPost post) {
		PublishOutcome outcome = TestBluesky.channel()
			.publisher("b", TestBluesky.account(this.pds.baseUrl()))
			.publish(post);
		assertThat(outcome).isInstanceOf(Published.class);
		return (Published) outcome;
	}

	private JsonNode embed() {
		return this.pds.records().get(RKEY).path("embed");
	}

	/** Images come from content: through the guarded client, which lets tests reach localhost. */
	private String image(String path) {
		return "http://localhost:" + this.site.port() + path;
	}

}
