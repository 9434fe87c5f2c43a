package nashir.queue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import nashir.NashirTest;
import nashir.TestClock;
import nashir.net.LoopbackTrap;
import nashir.text.Reason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole way of an image URL, from where it enters to the dispatcher that fetches it, with the
 * address guard on: an internal address is never asked, and the post goes without the image. And
 * the way back: an answer of X that cannot be read still publishes the post, once.
 */
@NashirTest
@AutoConfigureMockMvc
class ImageGuardTests {

	/** X and the news site alike: both answer on localhost, which the tests allow. */
	static final WireMockServer SITE = new WireMockServer(options().dynamicPort());

	static final String REFUSED = "image left out: refused: 127.0.0.1 is an internal address (loopback)";

	static {
		SITE.start();
		// A cold WireMock can take seconds for its first answer, longer than an article page may take.
		try {
			java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(SITE.baseUrl() + "/warm-up")).build(),
						java.net.http.HttpResponse.BodyHandlers.discarding());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void x(DynamicPropertyRegistry properties) {
		properties.add("nashir.x.api-base-url", SITE::baseUrl);
		properties.add("nashir.accounts.live.consumer-key", () -> "ck-live");
		properties.add("nashir.accounts.live.consumer-secret", () -> "cs-live");
		properties.add("nashir.accounts.live.access-token", () -> "at-live");
		properties.add("nashir.accounts.live.access-token-secret", () -> "as-live");
	}

	@AfterAll
	static void stopSite() {
		SITE.stop();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	PostQueue queue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	LoopbackTrap metadata;

	@BeforeEach
	void setUp() throws IOException {
		SITE.resetAll();
		SITE.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"data\":{\"id\":\"1862000000000000001\",\"text\":\"…\"}}")));
		jdbc.sql("DELETE FROM post_event").update();
		jdbc.sql("DELETE FROM post").update();
		jdbc.sql("DELETE FROM account_state").update();
		clock.set(Instant.now());
		// What a cloud metadata endpoint or an admin page would hand out, as an image.
		metadata = new LoopbackTrap("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
	}

	@AfterEach
	void closeTrap() throws IOException {
		metadata.close();
	}

	@Test
	void shouldNotFetchAnEditorsImageUrlGivenThroughTheApi() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/posts")
			.with(user("nour").roles("EDITOR"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"عاجل: اتفاق على إطلاق حوار شامل\", \"accounts\": [\"live\"], \"imageUrl\": \""
					+ metadata.url("/latest/meta-data/iam.png") + "\"}"))
			.andExpect(status().isCreated());

		assertPublishedWithoutTheImage();
	}

	@Test
	void shouldNotFetchAnEditorsImageUrlGivenOnTheComposePage() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/compose")
			.with(user("nour").roles("EDITOR"))
			.with(csrf())
			.param("text", "عاجل: اتفاق على إطلاق حوار شامل")
			.param("accounts", "live")
			.param("imageUrl", metadata.url("/latest/meta-data/iam.png")))
			.andExpect(status().is3xxRedirection());

		assertPublishedWithoutTheImage();
	}

	@Test
	void shouldNotFetchAnArticlesOgImageOnAnInternalAddress() {
		SITE.stubFor(get("/2021/06/16/summit/").willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
			.withBody("<html><head><meta property=\"og:image\" content=\"" + metadata.url("/admin/cover.png")
					+ "\"><title>قمة</title></head></html>")));
		Instant now = clock.instant();
		queue.enqueue(new NewPost("ofoq", "live", "104233", "قمة", SITE.baseUrl() + "/2021/06/16/summit/", "قمة",
				null, false, false, now, now, now, true), "new story");

		assertPublishedWithoutTheImage();
	}

	@Test
	void shouldKeepAPostXTookWithAnHtmlAnswerAsPublishedAndNeverSendItAgain() {
		SITE.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><body>Welcome</body></html>")));
		Instant now = clock.instant();
		queue.enqueue(new NewPost("ofoq", "live", "104234", "قمة", null, "قمة جنيف", null, false, false, now, now, now),
				"new story");

		dispatcher.dispatch().join();
		clock.advance(java.time.Duration.ofHours(2));
		dispatcher.dispatch().join();

		assertThat(queue.latest(10)).singleElement().satisfies((post) -> {
			assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
			assertThat(post.tweetId()).isNull();
			assertThat(post.errorReason()).isEqualTo(Reason.of("publish.note.html",
					"X took it, answer unreadable (200, X answered HTML, check the account on X)", 200));
		});
		SITE.verify(1, postRequestedFor(urlEqualTo("/2/tweets")));
	}

	private void assertPublishedWithoutTheImage() {
		dispatcher.dispatch().join();
		List<Post> posts = queue.latest(10);
		assertThat(posts).singleElement().satisfies((post) -> {
			assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
			assertThat(post.errorReason()).isEqualTo(Reason.of("publish.note.image.refusedAddress", REFUSED));
		});
		assertThat(metadata.connections()).isZero();
		SITE.verify(0, postRequestedFor(urlEqualTo("/2/media/upload")));
		SITE.verify(1, postRequestedFor(urlEqualTo("/2/tweets")));
		assertThat(new String(SITE.findAll(postRequestedFor(urlEqualTo("/2/tweets"))).get(0).getBody(),
				StandardCharsets.UTF_8)).doesNotContain("media");
	}

}
