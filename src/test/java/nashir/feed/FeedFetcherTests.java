package nashir.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import nashir.feed.FetchResult.Fetched;
import nashir.feed.FetchResult.NotModified;
import nashir.feed.FetchResult.Validators;
import nashir.net.Http;
import nashir.net.LoopbackTrap;
import nashir.net.TestNet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FeedFetcherTests {

	@RegisterExtension
	static WireMockExtension site = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().gzipDisabled(true))
		.build();

	private final FeedFetcher fetcher = new FeedFetcher(FeedSettings.defaults(), TestNet.http(), Clock.systemUTC());

	private URI url(String path) {
		return URI.create(site.baseUrl() + path);
	}

	@Test
	void shouldNameTheProductInTheUserAgent() throws FeedException {
		site.stubFor(get("/feed/").willReturn(aResponse().withBody("x")));
		this.fetcher.fetch(url("/feed/"), Validators.NONE);
		site.verify(getRequestedFor(urlEqualTo("/feed/")).withHeader("User-Agent", equalTo(Http.USER_AGENT)));
	}

	@Test
	void shouldUndoGzip() throws Exception {
		String rss = TestFeeds.rss(TestFeeds.item(1));
		site.stubFor(get("/feed/").withHeader("Accept-Encoding", containing("gzip"))
			.willReturn(aResponse().withHeader("Content-Encoding", "gzip").withBody(gzip(rss.getBytes(StandardCharsets.UTF_8)))));
		Fetched fetched = (Fetched) this.fetcher.fetch(url("/feed/"), Validators.NONE);
		assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo(rss);
	}

	@Test
	void shouldSendValidatorsAndKeepTheNewOnes() throws FeedException {
		site.stubFor(get("/feed/").willReturn(aResponse().withHeader("ETag", "\"v2\"")
			.withHeader("Last-Modified", "Wed, 16 Jun 2021 20:00:00 GMT")
			.withBody("x")));
		Fetched fetched = (Fetched) this.fetcher.fetch(url("/feed/"), new Validators("\"v1\"", "Wed, 16 Jun 2021 19:00:00 GMT"));
		site.verify(getRequestedFor(urlEqualTo("/feed/")).withHeader("If-None-Match", equalTo("\"v1\""))
			.withHeader("If-Modified-Since", equalTo("Wed, 16 Jun 2021 19:00:00 GMT")));
		assertThat(fetched.validators()).isEqualTo(new Validators("\"v2\"", "Wed, 16 Jun 2021 20:00:00 GMT"));
	}

	@Test
	void shouldReportNotModified() throws FeedException {
		site.stubFor(get("/feed/").willReturn(aResponse().withStatus(304)));
		assertThat(this.fetcher.fetch(url("/feed/"), new Validators("\"v1\"", null))).isInstanceOf(NotModified.class);
	}

	@Test
	void shouldFollowRedirectsAndResolveAgainstTheFinalUrl() throws FeedException {
		site.stubFor(get("/old").willReturn(aResponse().withStatus(301).withHeader("Location", "/new/feed")));
		site.stubFor(get("/new/feed").willReturn(aResponse().withBody("x")));
		Fetched fetched = (Fetched) this.fetcher.fetch(url("/old"), Validators.NONE);
		assertThat(fetched.url()).isEqualTo(url("/new/feed"));
	}

	@Test
	void shouldFollowAtMostMaxRedirects() {
		for (int i = 0; i < 6; i++) {
			site.stubFor(get("/r" + i).willReturn(aResponse().withStatus(302).withHeader("Location", "/r" + (i + 1))));
		}
		site.stubFor(get("/r6").willReturn(aResponse().withBody("x")));
		assertThatExceptionOfType(FetchException.class).isThrownBy(() -> this.fetcher.fetch(url("/r0"), Validators.NONE))
			.withMessage(url("/r0") + ": too many redirects (more than 5)");
	}

	@Test
	void shouldAcceptExactlyMaxRedirects() throws FeedException {
		for (int i = 0; i < 5; i++) {
			site.stubFor(get("/s" + i).willReturn(aResponse().withStatus(307).withHeader("Location", "/s" + (i + 1))));
		}
		site.stubFor(get("/s5").willReturn(aResponse().withBody("x")));
		assertThat(this.fetcher.fetch(url("/s0"), Validators.NONE)).isInstanceOf(Fetched.class);
	}

	@Test
	void shouldHonourRetryAfterSecondsOn429() {
		site.stubFor(get("/feed/").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));
		Instant before = Instant.now();
		assertThatExceptionOfType(FetchException.class).isThrownBy(() -> this.fetcher.fetch(url("/feed/"), Validators.NONE))
			.satisfies((ex) -> assertThat(ex.retryAt()).isBetween(before.plusSeconds(119), before.plusSeconds(125)))
			.withMessageContaining("the server is busy (HTTP 429)");
	}

	@Test
	void shouldHonourRetryAfterDateOn503() {
		site.stubFor(get("/feed/").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "Wed, 21 Oct 2099 07:28:00 GMT")));
		assertThatExceptionOfType(FetchException.class).isThrownBy(() -> this.fetcher.fetch(url("/feed/"), Validators.NONE))
			.satisfies((ex) -> assertThat(ex.retryAt()).isBefore(Instant.now().plus(Duration.ofDays(1).plusMinutes(1))));
		assertThat(HttpErrors.retryAt("Wed, 16 Jun 2021 20:00:00 GMT", Instant.parse("2021-06-16T19:00:00Z")))
			.isEqualTo(Instant.parse("2021-06-16T20:00:00Z"));
	}

	@Test
	void shouldRefuseABodyLargerThanTheCap() {
		FeedFetcher small = new FeedFetcher(new FeedSettings(Duration.ofSeconds(5), Duration.ofSeconds(5),
				Duration.ofSeconds(10), DataSize.ofKilobytes(1), 5, Duration.ofSeconds(10), 500), TestNet.http(), Clock.systemUTC());
		site.stubFor(get("/feed/").willReturn(aResponse().withBody(new byte[4096])));
		assertThatExceptionOfType(FetchException.class).isThrownBy(() -> small.fetch(url("/feed/"), Validators.NONE))
			.withMessage(url("/feed/") + ": the feed is larger than 1024 bytes");
	}

	@Test
	void shouldRefuseAGzipBombLargerThanTheCap() throws IOException {
		FeedFetcher small = new FeedFetcher(new FeedSettings(Duration.ofSeconds(5), Duration.ofSeconds(5),
				Duration.ofSeconds(10), DataSize.ofKilobytes(64), 5, Duration.ofSeconds(10), 500), TestNet.http(), Clock.systemUTC());
		site.stubFor(get("/feed/").willReturn(aResponse().withHeader("Content-Encoding", "gzip").withBody(gzip(new byte[1_000_000]))));
		assertThatExceptionOfType(FetchException.class).isThrownBy(() -> small.fetch(url("/feed/"), Validators.NONE))
			.withMessageContaining("larger than 65536 bytes");
	}

	@Test
	void shouldCapTheTotalFetchTime() {
		FeedFetcher impatient = new FeedFetcher(new FeedSettings(Duration.ofSeconds(5), Duration.ofSeconds(5),
				Duration.ofMillis(500), DataSize.ofMegabytes(1), 5, Duration.ofSeconds(10), 500), TestNet.http(), Clock.systemUTC());
		site.stubFor(get("/feed/").willReturn(aResponse().withBody("x").withChunkedDribbleDelay(5, 3000)));
		assertThatExceptionOfType(FetchException.class).isThrownBy(() -> impatient.fetch(url("/feed/"), Validators.NONE))
			.withMessage(url("/feed/") + ": no complete answer within 500ms");
	}

	@Test
	void shouldTimeOutWaitingForAnAnswer() {
		FeedFetcher impatient = new FeedFetcher(new FeedSettings(Duration.ofSeconds(5), Duration.ofMillis(300),
				Duration.ofSeconds(10), DataSize.ofMegabytes(1), 5, Duration.ofSeconds(10), 500), TestNet.http(), Clock.systemUTC());
		site.stubFor(get("/feed/").willReturn(aResponse().withBody("x").withFixedDelay(2000)));
		assertThatExceptionOfType(FetchException.class).isThrownBy(() -> impatient.fetch(url("/feed/"), Validators.NONE))
			.withMessage(url("/feed/") + ": no answer within 300ms");
	}

	@Test
	void shouldNameHttpErrorsInOneLine() {
		site.stubFor(get("/feed/").willReturn(aResponse().withStatus(404)));
		assertThatExceptionOfType(FetchException.class).isThrownBy(() -> this.fetcher.fetch(url("/feed/"), Validators.NONE))
			.withMessage(url("/feed/") + ": not found (HTTP 404)");
	}

	@Test
	void shouldReadTheHubFromTheLinkHeader() throws FeedException {
		site.stubFor(get("/feed/").willReturn(aResponse()
			.withHeader("Link", "<https://hub.example.com/>; rel=\"hub\", </feed/>; rel=\"self\"")
			.withBody("x")));
		Fetched fetched = (Fetched) this.fetcher.fetch(url("/feed/"), Validators.NONE);
		assertThat(fetched.hub()).isEqualTo(URI.create("https://hub.example.com/"));
		assertThat(fetched.self()).isEqualTo(url("/feed/"));
	}

	@Test
	void shouldNeverFetchAFeedFromAnInternalAddress() throws IOException {
		try (LoopbackTrap internal = new LoopbackTrap("application/rss+xml", TestFeeds.rss(TestFeeds.item(1)).getBytes(StandardCharsets.UTF_8))) {
			site.stubFor(get("/moved").willReturn(aResponse().withStatus(301).withHeader("Location", internal.url("/feed/"))));
			assertThatExceptionOfType(FetchException.class)
				.isThrownBy(() -> this.fetcher.fetch(URI.create(internal.url("/feed/")), Validators.NONE))
				.withMessage(internal.url("/feed/") + ": refused: 127.0.0.1 is an internal address (loopback)");
			assertThatExceptionOfType(FetchException.class)
				.isThrownBy(() -> this.fetcher.fetch(url("/moved"), Validators.NONE))
				.withMessage(url("/moved") + ": refused: 127.0.0.1 is an internal address (loopback)");
			assertThat(internal.connections()).isZero();
		}
	}

	@Test
	void shouldRefuseOtherSchemes() {
		assertThatExceptionOfType(FetchException.class)
			.isThrownBy(() -> this.fetcher.fetch(URI.create("ftp://ofoq.example.com/feed"), Validators.NONE))
			.withMessage("ftp://ofoq.example.com/feed: only http, https and file URLs can be read");
	}

	@Test
	void shouldNameAMissingFile() {
		assertThatExceptionOfType(FetchException.class)
			.isThrownBy(() -> this.fetcher.fetch(URI.create("file:/nonexistent/feed.xml"), Validators.NONE))
			.withMessage("file:/nonexistent/feed.xml: no such file");
	}

	@Test
	@Timeout(10)
	void shouldNotReadAnEndlessFile() {
		// /dev/zero reports a size of 0 and never ends: read by its size it would fill the heap.
		assertThatExceptionOfType(FetchException.class)
			.isThrownBy(() -> this.fetcher.fetch(URI.create("file:/dev/zero"), Validators.NONE))
			.withMessage("file:/dev/zero: not a regular file");
	}

	@Test
	void shouldRefuseAFeedFileOverTheCap(@TempDir Path folder) throws IOException {
		Path feed = Files.write(folder.resolve("big.xml"), new byte[1024 * 1024 + 1]);
		FeedFetcher capped = new FeedFetcher(new FeedSettings(Duration.ofSeconds(1), Duration.ofSeconds(1),
				Duration.ofSeconds(5), DataSize.ofMegabytes(1), 5, Duration.ofSeconds(10), 500), TestNet.http(), Clock.systemUTC());

		assertThatExceptionOfType(FetchException.class)
			.isThrownBy(() -> capped.fetch(feed.toUri(), Validators.NONE))
			.withMessageEndingWith(": the feed is larger than 1048576 bytes");
	}

	private static byte[] gzip(byte[] bytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(bytes);
		}
		return out.toByteArray();
	}

}
