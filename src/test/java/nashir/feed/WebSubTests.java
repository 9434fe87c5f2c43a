package nashir.feed;

import java.net.URI;
import nashir.net.TestNet;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import nashir.feed.FeedTestApplication.FeedSpringTest;
import nashir.feed.FeedTestApplication.MapSubscriptions;
import nashir.TestClock;
import nashir.feed.FeedTestApplication.RecordingHandler;
import nashir.feed.TestFeeds.Item;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FeedSpringTest
class WebSubTests {

	private static final AtomicInteger FEEDS = new AtomicInteger();

	@RegisterExtension
	static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Autowired
	private FeedRefresher refresher;

	@Autowired
	private WebSubCallbackController controller;

	@Autowired
	private WebSubSubscriber subscriber;

	@Autowired
	private WebSubStore store;

	@Autowired
	private RecordingHandler pushed;

	@Autowired
	private MapSubscriptions subscriptions;

	@Autowired
	private TestClock clock;

	@Autowired
	private ObjectProvider<java.time.Clock> clockProvider;

	private MockMvc mvc;

	private String feedId;

	private String path;

	private String hubPath;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.standaloneSetup(this.controller).build();
		this.clock.set(Instant.parse("2021-06-16T21:00:00Z"));
		this.pushed.clear();
		this.feedId = "websub-" + FEEDS.incrementAndGet();
		this.path = "/" + this.feedId + "/feed/";
		this.hubPath = "/" + this.feedId + "/hub";
		site.stubFor(post(this.hubPath).willReturn(aResponse().withStatus(202)));
	}

	private String topic() {
		return site.baseUrl() + this.path;
	}

	private FeedSource source() {
		return new FeedSource(this.feedId, URI.create(topic()), 0, FeedFilter.NONE);
	}

	private String feed(Item... items) {
		String links = "<atom:link rel=\"hub\" href=\"" + site.baseUrl() + this.hubPath + "\"/>"
				+ "<atom:link rel=\"self\" href=\"" + topic() + "\"/>";
		return TestFeeds.rss(links, items);
	}

	private PollOutcome poll(Item... items) {
		site.stubFor(get(this.path).willReturn(aResponse().withBody(feed(items))));
		return this.refresher.refresh(source(), new RecordingHandler());
	}

	private List<Map<String, String>> hubRequests() {
		return site.findAll(postRequestedFor(urlEqualTo(this.hubPath))).stream().map(WebSubTests::form).toList();
	}

	private static Map<String, String> form(LoggedRequest request) {
		return java.util.Arrays.stream(request.getBodyAsString().split("&"))
			.map((field) -> field.split("=", 2))
			.collect(Collectors.toMap((kv) -> kv[0], (kv) -> URLDecoder.decode(kv[1], StandardCharsets.UTF_8)));
	}

	private void verify(String topic, long leaseSeconds) throws Exception {
		this.mvc
			.perform(MockMvcRequestBuilders.get("/websub/" + this.feedId)
				.param("hub.mode", "subscribe")
				.param("hub.topic", topic)
				.param("hub.challenge", "تحدي-123")
				.param("hub.lease_seconds", String.valueOf(leaseSeconds)))
			.andExpect(status().isOk())
			.andExpect(content().string("تحدي-123"));
	}

	private static String sign(String algorithm, String secret, byte[] body) throws Exception {
		String java = algorithm.equals("sha1") ? "HmacSHA1" : "HmacSHA256";
		Mac mac = Mac.getInstance(java);
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), java));
		return algorithm + "=" + HexFormat.of().formatHex(mac.doFinal(body));
	}

	@Test
	void shouldSubscribeOnceToTheHubTheFeedNames() {
		poll(TestFeeds.items(1, 2));
		poll(TestFeeds.items(1, 2));
		List<Map<String, String>> requests = hubRequests();
		assertThat(requests).hasSize(1);
		assertThat(requests.get(0)).containsEntry("hub.mode", "subscribe")
			.containsEntry("hub.topic", topic())
			.containsEntry("hub.callback", "https://nashir.example.com/websub/" + this.feedId)
			.containsKey("hub.secret");
		assertThat(requests.get(0).get("hub.secret")).hasSize(64);
	}

	@Test
	void shouldAnswerTheChallengeOnlyForSubscriptionsWeAskedFor() throws Exception {
		poll(TestFeeds.items(1, 2));
		var get = MockMvcRequestBuilders.get("/websub/" + this.feedId)
			.param("hub.mode", "subscribe")
			.param("hub.challenge", "abc");
		this.mvc.perform(get.param("hub.topic", "https://evil.example.com/feed")).andExpect(status().isNotFound());
		this.mvc
			.perform(MockMvcRequestBuilders.get("/websub/unknown-feed")
				.param("hub.mode", "subscribe")
				.param("hub.topic", topic())
				.param("hub.challenge", "abc"))
			.andExpect(status().isNotFound());
		verify(topic(), 3600);
		assertThat(this.store.find(this.feedId).orElseThrow().leaseExpiresAt())
			.isEqualTo(this.clock.instant().plusSeconds(3600));
	}

	@Test
	void shouldHandOnASignedPushOnceAndALaterPollHandsOnNothing() throws Exception {
		poll(TestFeeds.items(1, 2));
		verify(topic(), 86_400);
		this.subscriptions.sources.put(this.feedId, source());
		String secret = hubRequests().get(0).get("hub.secret");
		byte[] body = feed(TestFeeds.items(1, 4)).getBytes(StandardCharsets.UTF_8);
		this.mvc
			.perform(MockMvcRequestBuilders.post("/websub/" + this.feedId).contentType(MediaType.APPLICATION_XML)
				.header("X-Hub-Signature", sign("sha256", secret, body))
				.content(body))
			.andExpect(status().is2xxSuccessful());
		assertThat(this.pushed.all()).extracting(FeedItem::guid)
			.containsExactly("https://ofoq.example.com/?p=3", "https://ofoq.example.com/?p=4");
		// The pushed items are in the ledger: the poll's scan finds nothing new and parses nothing.
		assertThat(poll(TestFeeds.items(1, 4))).isEqualTo(new PollOutcome.Unchanged(this.feedId, false));
	}

	@Test
	void shouldIgnoreAForgedPushButStillAnswer2xx() throws Exception {
		poll(TestFeeds.items(1, 2));
		verify(topic(), 86_400);
		this.subscriptions.sources.put(this.feedId, source());
		byte[] body = feed(TestFeeds.items(1, 4)).getBytes(StandardCharsets.UTF_8);
		this.mvc
			.perform(MockMvcRequestBuilders.post("/websub/" + this.feedId).contentType(MediaType.APPLICATION_XML)
				.header("X-Hub-Signature", sign("sha256", "not-the-secret", body))
				.content(body))
			.andExpect(status().is2xxSuccessful());
		this.mvc.perform(MockMvcRequestBuilders.post("/websub/" + this.feedId).contentType(MediaType.APPLICATION_XML).content(body))
			.andExpect(status().is2xxSuccessful());
		assertThat(this.pushed.batches).isEmpty();
		// The forged items were not recorded either: the next poll still hands them on.
		site.stubFor(get(this.path).willReturn(aResponse().withBody(feed(TestFeeds.items(1, 4)))));
		RecordingHandler polled = new RecordingHandler();
		this.refresher.refresh(source(), polled);
		assertThat(polled.all()).hasSize(2);
	}

	@Test
	void shouldAcceptSha1AndSha256Signatures() throws Exception {
		byte[] body = "<rss/>".getBytes(StandardCharsets.UTF_8);
		assertThat(WebSubCallbackController.signedBy("s3cret", body, sign("sha1", "s3cret", body))).isTrue();
		assertThat(WebSubCallbackController.signedBy("s3cret", body, sign("sha256", "s3cret", body))).isTrue();
		assertThat(WebSubCallbackController.signedBy("s3cret", body, sign("sha256", "other", body))).isFalse();
		assertThat(WebSubCallbackController.signedBy("s3cret", body, "md5=abc")).isFalse();
		assertThat(WebSubCallbackController.signedBy("s3cret", body, "sha1=zz")).isFalse();
	}

	@Test
	void shouldRenewBeforeTheLeaseEndsWithTheSameSecret() throws Exception {
		poll(TestFeeds.items(1, 2));
		verify(topic(), Duration.ofHours(3).toSeconds());
		this.subscriber.renewExpiring();
		assertThat(hubRequests()).hasSize(1);
		this.clock.advance(Duration.ofHours(2).plusMinutes(5));
		this.subscriber.renewExpiring();
		List<Map<String, String>> requests = hubRequests();
		assertThat(requests).hasSize(2);
		assertThat(requests.get(1).get("hub.secret")).isEqualTo(requests.get(0).get("hub.secret"));
	}

	@Test
	void shouldNotSubscribeWithoutAPublicBaseUrl() {
		WebSubSubscriber unreachable = new WebSubSubscriber(this.store, FeedSettings.defaults(), TestNet.http(), "", this.clockProvider);
		unreachable.discovered(this.feedId, URI.create(site.baseUrl() + this.hubPath), URI.create(topic()));
		assertThat(hubRequests()).isEmpty();
		assertThat(this.store.find(this.feedId)).isEmpty();
	}

}
