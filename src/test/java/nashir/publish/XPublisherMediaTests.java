package nashir.publish;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import javax.imageio.ImageIO;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nashir.net.LoopbackTrap;
import nashir.publish.PublishOutcome.AccountPaused;
import nashir.publish.PublishOutcome.Published;
import nashir.publish.PublishOutcome.RateLimited;
import nashir.text.Reason;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static nashir.publish.TestAccounts.ACCESS_TOKEN_SECRET;
import static nashir.publish.TestAccounts.CONSUMER_SECRET;
import static nashir.publish.TestAccounts.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

/** The image of a post (project issue #4): download, judge, upload, alt text, and every way it can fail. */
@ExtendWith(OutputCaptureExtension.class)
class XPublisherMediaTests {

	private static final String MEDIA_ID = "1880028106020515840";

	private static final String UPLOAD = "/upload/2/media/upload";

	private static final String METADATA = "/upload/2/media/metadata";

	private static final String ALT_TEXT = "الرئيسان بوتين وبايدن يتصافحان في جنيف 🤝";

	private final WireMockServer x = new WireMockServer(options().dynamicPort());

	private final byte[] png = png();

	private Publisher publisher;

	@BeforeEach
	void startX() {
		this.x.start();
		this.publisher = TestAccounts.publishers(this.x.baseUrl(), Duration.ofSeconds(5)).forAccount("main");
		this.x.stubFor(get("/images/summit.png").willReturn(aResponse().withBody(this.png)));
		this.x.stubFor(post("/2/tweets").willReturn(json(201, "{\"data\":{\"id\":\"1445880548472328192\"}}")));
		this.x.stubFor(post(UPLOAD).willReturn(json(200, "{\"data\":{\"id\":\"" + MEDIA_ID
				+ "\",\"media_key\":\"3_" + MEDIA_ID + "\",\"expires_after_secs\":86400}}")));
		this.x.stubFor(post(METADATA).willReturn(json(200, "{\"data\":{\"id\":\"" + MEDIA_ID + "\"}}")));
	}

	@AfterEach
	void stopX(CapturedOutput output) {
		this.x.stop();
		TestAccounts.assertNoCredentials(output.getAll());
	}

	@Test
	void shouldUploadTheImageAsSignedMultipartAndAttachItsId() {
		PublishOutcome outcome = publish("/images/summit.png", ALT_TEXT);

		assertThat(outcome).isInstanceOfSatisfying(Published.class,
				(published) -> assertThat(published.note()).isNull());
		this.x.verify(postRequestedFor(urlEqualTo(UPLOAD)).withHeader("Content-Type", containing("multipart/form-data"))
			.withRequestBodyPart(aMultipart("media_category").withBody(equalTo("tweet_image")).build())
			.withRequestBodyPart(aMultipart("media").withHeader("Content-Type", equalTo("image/png"))
				.withBody(binaryEqualTo(this.png))
				.build()));
		assertSigned(UPLOAD);
		JsonNode tweet = body("/2/tweets");
		assertThat(tweet.path("text").asString()).isEqualTo(TEXT);
		assertThat(tweet.path("media").path("media_ids").size()).isOne();
		assertThat(tweet.path("media").path("media_ids").path(0).asString()).isEqualTo(MEDIA_ID);
	}

	@Test
	void shouldSetTheAltTextThroughTheMetadataEndpoint() {
		publish("/images/summit.png", ALT_TEXT);

		JsonNode metadata = body(METADATA);
		assertThat(metadata.path("id").asString()).isEqualTo(MEDIA_ID);
		assertThat(metadata.path("metadata").path("alt_text").path("text").asString()).isEqualTo(ALT_TEXT);
		assertSigned(METADATA);
	}

	@Test
	void shouldNotCallTheMetadataEndpointWithoutAltText() {
		publish("/images/summit.png", null);

		this.x.verify(0, postRequestedFor(urlEqualTo(METADATA)));
		assertThat(body("/2/tweets").path("media").path("media_ids").path(0).asString()).isEqualTo(MEDIA_ID);
	}

	@Test
	void shouldCutAltTextToXsLimitWithoutSplittingAFlag() {
		// 9 UTF-16 units a round: the 1000th unit falls inside a flag (two surrogate pairs).
		String longAltText = "🇸🇦صورة ".repeat(120);

		publish("/images/summit.png", longAltText);

		String sent = body(METADATA).path("metadata").path("alt_text").path("text").asString();
		assertThat(sent).hasSize(999);
		assertThat(longAltText).startsWith(sent);
		assertThat(longAltText.substring(sent.length())).startsWith("🇸🇦");
	}

	@Test
	void shouldPostWithoutAnImageLargerThan5Mb() {
		byte[] huge = Arrays.copyOf(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 },
				ImageDownloader.MAX_BYTES + 1);
		this.x.stubFor(get("/images/huge.jpg").willReturn(aResponse().withBody(huge)));

		assertPostedWithoutImage(publish("/images/huge.jpg", ALT_TEXT), "image left out: larger than 5 MB");
		this.x.verify(0, postRequestedFor(urlEqualTo(UPLOAD)));
	}

	@Test
	void shouldPostWithoutAnImageThatIsReallyAWebPage() {
		this.x.stubFor(get("/images/photo.jpg").willReturn(aResponse().withHeader("Content-Type", "image/jpeg")
			.withBody("<!DOCTYPE html><html lang=\"ar\"><body>الصفحة غير موجودة</body></html>")));

		assertPostedWithoutImage(publish("/images/photo.jpg", ALT_TEXT),
				"image left out: not a JPEG, PNG, GIF or WebP image");
		this.x.verify(0, postRequestedFor(urlEqualTo(UPLOAD)));
	}

	@Test
	void shouldPostWithoutAnImageThatIsMissing() {
		this.x.stubFor(get("/images/gone.png").willReturn(aResponse().withStatus(404)));

		assertPostedWithoutImage(publish("/images/gone.png", ALT_TEXT), "image left out: the image server answered 404");
	}

	@Test
	void shouldPostWithoutAnImageWhoseDownloadBreaks() {
		this.x.stubFor(get("/images/broken.png").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		PublishOutcome outcome = publish("/images/broken.png", ALT_TEXT);

		assertThat(outcome).isInstanceOfSatisfying(Published.class,
				(published) -> assertThat(published.note().english()).startsWith("image left out: download failed (network error"));
	}

	@Test
	void shouldPostWithoutAnImageThatTakesTooLong() {
		this.x.stubFor(get("/images/slow.png").willReturn(aResponse().withBody(this.png).withFixedDelay(2_000)));
		Publisher impatient = TestAccounts.publishers(this.x.baseUrl(), Duration.ofMillis(300)).forAccount("main");

		PublishOutcome outcome = impatient
			.publish(new OutgoingPost("main", TEXT, this.x.baseUrl() + "/images/slow.png", ALT_TEXT));

		assertPostedWithoutImage(outcome, "image left out: download took longer than 300 ms");
	}

	@Test
	void shouldFollowRedirectsToTheImage() {
		this.x.stubFor(get("/old/summit.png").willReturn(aResponse().withStatus(301).withHeader("Location",
				"/images/summit.png")));

		publish("/old/summit.png", null);

		assertThat(body("/2/tweets").path("media").path("media_ids").path(0).asString()).isEqualTo(MEDIA_ID);
	}

	@Test
	void shouldFetchAnImageWhoseNameIsRawArabic() {
		this.x.stubFor(get("/images/%D9%82%D9%85%D8%A9%20%D8%AC%D9%86%D9%8A%D9%81.png")
			.willReturn(aResponse().withBody(this.png)));

		publish("/images/قمة جنيف.png", null);

		assertThat(body("/2/tweets").path("media").path("media_ids").path(0).asString()).isEqualTo(MEDIA_ID);
	}

	@Test
	void shouldGiveUpAfterFiveRedirects() {
		this.x.stubFor(get("/loop.png").willReturn(aResponse().withStatus(302).withHeader("Location", "/loop.png")));

		assertPostedWithoutImage(publish("/loop.png", null), "image left out: too many redirects (more than 5)");
	}

	@Test
	void shouldNeverFetchAnImageFromAnInternalAddress() throws IOException {
		try (LoopbackTrap metadata = new LoopbackTrap("image/png", this.png)) {
			// As a feed's enclosure or <img>, an article's og:image, or an editor's imageUrl would name it.
			PublishOutcome outcome = this.publisher
				.publish(new OutgoingPost("main", TEXT, metadata.url("/latest/meta-data/image.png"), ALT_TEXT));

			assertPostedWithoutImage(outcome, "image left out: refused: 127.0.0.1 is an internal address (loopback)");
			assertThat(metadata.connections()).isZero();
			this.x.verify(0, postRequestedFor(urlEqualTo(UPLOAD)));
		}
	}

	@Test
	void shouldNeverFollowAnImageRedirectToAnInternalAddress() throws IOException {
		try (LoopbackTrap metadata = new LoopbackTrap("image/png", this.png)) {
			this.x.stubFor(get("/images/moved.png").willReturn(aResponse().withStatus(302)
				.withHeader("Location", metadata.url("/latest/meta-data/image.png"))));

			assertPostedWithoutImage(publish("/images/moved.png", ALT_TEXT),
					"image left out: refused: 127.0.0.1 is an internal address (loopback)");
			assertThat(metadata.connections()).isZero();
		}
	}

	@Test
	void shouldFetchOnlyHttpImages() {
		PublishOutcome outcome = this.publisher.publish(new OutgoingPost("main", TEXT, "file:///etc/passwd", null));

		assertPostedWithoutImage(outcome, "image left out: only http(s) image URLs are fetched");
	}

	@Test
	void shouldPostWithoutTheImageWhenTheUploadFails() {
		this.x.stubFor(post(UPLOAD).willReturn(json(500, "{\"title\":\"Internal Server Error\"}")));

		assertPostedWithoutImage(publish("/images/summit.png", ALT_TEXT),
				"image left out: X refused the upload (500 Internal Server Error)");
	}

	@Test
	void shouldKeepTheImageWhenXRefusesItsAltText() {
		this.x.stubFor(post(METADATA).willReturn(json(400, "{\"title\":\"Invalid Request\"}")));

		PublishOutcome outcome = publish("/images/summit.png", ALT_TEXT);

		assertThat(outcome).isInstanceOfSatisfying(Published.class, (published) -> assertThat(published.note())
			.isEqualTo(Reason.of("publish.note.alt.refused", "alt text left out: X refused it (400 Invalid Request)",
					"400 Invalid Request")));
		assertThat(body("/2/tweets").path("media").path("media_ids").path(0).asString()).isEqualTo(MEDIA_ID);
	}

	@Test
	void shouldStopOnA401FromTheUpload() {
		this.x.stubFor(post(UPLOAD).willReturn(json(401, "{\"title\":\"Unauthorized\"}")));

		assertThat(publish("/images/summit.png", ALT_TEXT)).isInstanceOfSatisfying(AccountPaused.class,
				(paused) -> assertThat(paused.pause().reason()).contains("'main'"));
		this.x.verify(0, postRequestedFor(urlEqualTo("/2/tweets")));
	}

	@Test
	void shouldPostWithoutAnImageWhoseMediaIdIsUnusable() {
		this.x.stubFor(post(UPLOAD).willReturn(json(200, "{\"data\":{\"id\":\"1880028106020515840-unusable\"}}")));

		assertPostedWithoutImage(publish("/images/summit.png", ALT_TEXT),
				"image left out: X named an unusable media id ('1880028106020515840-unusable')");
	}

	@Test
	void shouldPauseForCreditsOnA402FromTheUploadAndSendNoTweet() {
		this.x.stubFor(post(UPLOAD).willReturn(json(402, "{\"type\":\"https://api.twitter.com/2/problems/credits\","
				+ "\"title\":\"CreditsDepleted\",\"detail\":\"Your enrolled account [1] does not have any credits "
				+ "to fulfill this request.\"}")));

		assertThat(publish("/images/summit.png", ALT_TEXT)).isInstanceOfSatisfying(AccountPaused.class,
				(paused) -> assertThat(paused.pause().kind()).isEqualTo(AccountPause.Kind.CREDITS));
		this.x.verify(0, postRequestedFor(urlEqualTo("/2/tweets")));
	}

	@Test
	void shouldWaitOnA429FromTheUpload() {
		this.x.stubFor(post(UPLOAD).willReturn(json(429, "{\"title\":\"Too Many Requests\"}")
			.withHeader("x-rate-limit-reset", "1780000000")));

		assertThat(publish("/images/summit.png", ALT_TEXT)).isInstanceOfSatisfying(RateLimited.class,
				(limited) -> assertThat(limited.resetAt()).isEqualTo(Instant.ofEpochSecond(1780000000)));
		this.x.verify(0, postRequestedFor(urlEqualTo("/2/tweets")));
	}

	private PublishOutcome publish(String imagePath, String altText) {
		PublishOutcome outcome = this.publisher
			.publish(new OutgoingPost("main", TEXT, this.x.baseUrl() + imagePath, altText));
		TestAccounts.assertNoCredentials(outcome);
		return outcome;
	}

	private void assertPostedWithoutImage(PublishOutcome outcome, String note) {
		assertThat(outcome).isInstanceOfSatisfying(Published.class,
				(published) -> assertThat(published.note().english()).isEqualTo(note));
		JsonNode tweet = body("/2/tweets");
		assertThat(tweet.path("text").asString()).isEqualTo(TEXT);
		assertThat(tweet.has("media")).isFalse();
	}

	private void assertSigned(String path) {
		String authorization = this.x.findAll(postRequestedFor(urlEqualTo(path))).get(0).getHeader("Authorization");
		assertThat(OAuth1Verifier.parameters(authorization).get("oauth_signature")).isEqualTo(OAuth1Verifier
			.expectedSignature(authorization, "POST", this.x.baseUrl() + path, CONSUMER_SECRET, ACCESS_TOKEN_SECRET));
	}

	private JsonNode body(String path) {
		byte[] body = this.x.findAll(postRequestedFor(urlEqualTo(path))).get(0).getBody();
		return JsonMapper.shared().readTree(new String(body, StandardCharsets.UTF_8));
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

	private static byte[] png() {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
