package nashir.compose;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import nashir.net.LoopbackTrap;
import nashir.net.TestNet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@WireMockTest
class PageImageLookupTests {

	private final PageImageLookup lookup = new PageImageLookup(TestNet.http(), Duration.ofSeconds(1), Duration.ofSeconds(2), 4096);

	static String page(String head) {
		return "<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>خبر</title>" + head
				+ "</head><body><p>نص الخبر</p></body></html>";
	}

	static void serve(String path, String html) {
		stubFor(get(path).willReturn(aResponse().withHeader("Content-Type", "text/html; charset=UTF-8").withBody(html)));
	}

	@Test
	void shouldFindTheOpenGraphImage(WireMockRuntimeInfo server) {
		serve("/news/1", page("<meta property=\"og:image\" content=\"https://ofoq.example.com/uploads/1.jpg\">"
				+ "<meta name=\"twitter:image\" content=\"https://ofoq.example.com/uploads/other.jpg\">"));

		assertThat(lookup.imageOf(server.getHttpBaseUrl() + "/news/1")).isEqualTo("https://ofoq.example.com/uploads/1.jpg");
	}

	@Test
	void shouldFallBackToTheTwitterImage(WireMockRuntimeInfo server) {
		serve("/news/2", page("<meta name=\"twitter:image\" content=\"https://ofoq.example.com/uploads/2.jpg\">"));

		assertThat(lookup.imageOf(server.getHttpBaseUrl() + "/news/2")).isEqualTo("https://ofoq.example.com/uploads/2.jpg");
	}

	@Test
	void shouldResolveARelativeImageAgainstThePage(WireMockRuntimeInfo server) {
		serve("/2021/06/news/", page("<meta property=\"og:image\" content=\"../uploads/3.jpg\">"));

		assertThat(lookup.imageOf(server.getHttpBaseUrl() + "/2021/06/news/"))
			.isEqualTo(server.getHttpBaseUrl() + "/2021/06/uploads/3.jpg");
	}

	@Test
	void shouldFollowRedirectsAndResolveAgainstTheFinalPage(WireMockRuntimeInfo server) {
		stubFor(get("/?p=104233")
			.willReturn(aResponse().withStatus(301).withHeader("Location", "/2021/%D9%82%D9%85%D8%A9/")));
		serve("/2021/%D9%82%D9%85%D8%A9/", page("<meta property=\"og:image\" content=\"cover.jpg\">"));

		assertThat(lookup.imageOf(server.getHttpBaseUrl() + "/?p=104233"))
			.isEqualTo(server.getHttpBaseUrl() + "/2021/%D9%82%D9%85%D8%A9/cover.jpg");
	}

	@Test
	void shouldNeverReadAPageOnAnInternalAddress(WireMockRuntimeInfo server) throws IOException {
		byte[] page = page("<meta property=\"og:image\" content=\"https://ofoq.example.com/internal.jpg\">")
			.getBytes(StandardCharsets.UTF_8);
		try (LoopbackTrap internal = new LoopbackTrap("text/html", page)) {
			stubFor(get("/moved").willReturn(aResponse().withStatus(302).withHeader("Location", internal.url("/news/"))));

			assertThat(lookup.imageOf(internal.url("/news/"))).isNull();
			assertThat(lookup.imageOf(server.getHttpBaseUrl() + "/moved")).isNull();
			assertThat(internal.connections()).isZero();
		}
	}

	@Test
	void shouldGiveUpAfterFiveRedirects(WireMockRuntimeInfo server) {
		for (int hop = 0; hop < 6; hop++) {
			stubFor(get("/hop/" + hop).willReturn(aResponse().withStatus(302).withHeader("Location", "/hop/" + (hop + 1))));
		}
		serve("/hop/6", page("<meta property=\"og:image\" content=\"https://ofoq.example.com/6.jpg\">"));

		assertThat(lookup.imageOf(server.getHttpBaseUrl() + "/hop/1")).isEqualTo("https://ofoq.example.com/6.jpg");
		assertThat(lookup.imageOf(server.getHttpBaseUrl() + "/hop/0")).isNull();
	}

	@Test
	void shouldNotFollowARedirectAwayFromHttp(WireMockRuntimeInfo server) {
		stubFor(get("/away").willReturn(aResponse().withStatus(302).withHeader("Location", "file:///etc/passwd")));

		assertThat(lookup.imageOf(server.getHttpBaseUrl() + "/away")).isNull();
	}

	@ParameterizedTest
	@ValueSource(ints = { 404, 500, 204 })
	void shouldHaveNoImageWhenThePageFails(int status, WireMockRuntimeInfo server) {
		stubFor(get("/failing").willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "text/html")
			.withBody(page("<meta property=\"og:image\" content=\"https://ofoq.example.com/x.jpg\">"))));

		assertThat(lookup.imageOf(server.getHttpBaseUrl() + "/failing")).isNull();
	}

	@Test
	void shouldReadOnlyHtml(WireMockRuntimeInfo server) {
		stubFor(get("/photo.jpg").willReturn(aResponse().withHeader("Content-Type", "image/jpeg")
			.withBody("<meta property=\"og:image\" content=\"https://ofoq.example.com/x.jpg\">")));

		assertThat(lookup.imageOf(server.getHttpBaseUrl() + "/photo.jpg")).isNull();
	}

	@Test
	void shouldReadNoFurtherThanTheCap(WireMockRuntimeInfo server) {
		String padding = "<!-- " + "حشو ".repeat(1000) + " -->";
		serve("/early", page("<meta property=\"og:image\" content=\"https://ofoq.example.com/early.jpg\">" + padding));
		serve("/late", page(padding + "<meta property=\"og:image\" content=\"https://ofoq.example.com/late.jpg\">"));

		assertThat(lookup.imageOf(server.getHttpBaseUrl() + "/early")).isEqualTo("https://ofoq.example.com/early.jpg");
		assertThat(lookup.imageOf(server.getHttpBaseUrl() + "/late")).isNull();
	}

	@Test
	void shouldGiveUpOnASlowPage(WireMockRuntimeInfo server) {
		stubFor(get("/slow").willReturn(aResponse().withFixedDelay(3000)
			.withHeader("Content-Type", "text/html")
			.withBody(page("<meta property=\"og:image\" content=\"https://ofoq.example.com/slow.jpg\">"))));
		PageImageLookup impatient = new PageImageLookup(TestNet.http(), Duration.ofMillis(200), Duration.ofMillis(300), 4096);
		long start = System.nanoTime();

		assertThat(impatient.imageOf(server.getHttpBaseUrl() + "/slow")).isNull();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2000));
	}

	@Test
	void shouldReadAPageInItsOwnCharset(WireMockRuntimeInfo server) {
		byte[] html = page("<meta property=\"og:image\" content=\"/صور/قمة.jpg\">").replace("utf-8", "windows-1256")
			.getBytes(Charset.forName("windows-1256"));
		stubFor(get("/1256").willReturn(aResponse().withHeader("Content-Type", "text/html").withBody(html)));

		assertThat(lookup.imageOf(server.getHttpBaseUrl() + "/1256")).isEqualTo(server.getHttpBaseUrl() + "/صور/قمة.jpg");
	}

	@Test
	void shouldIgnoreAnImageThatIsNotHttp(WireMockRuntimeInfo server) {
		serve("/data", page("<meta property=\"og:image\" content=\"data:image/png;base64,AAAA\">"));

		assertThat(lookup.imageOf(server.getHttpBaseUrl() + "/data")).isNull();
	}

	@Test
	void shouldReadAPageOnceForAllAccounts(WireMockRuntimeInfo server) {
		serve("/once", page("<meta property=\"og:image\" content=\"https://ofoq.example.com/once.jpg\">"));
		stubFor(get("/missing").willReturn(aResponse().withStatus(404)));

		for (int account = 0; account < 3; account++) {
			assertThat(lookup.imageOf(server.getHttpBaseUrl() + "/once")).isEqualTo("https://ofoq.example.com/once.jpg");
			assertThat(lookup.imageOf(server.getHttpBaseUrl() + "/missing")).isNull();
		}
		verify(1, getRequestedFor(urlEqualTo("/once")));
		verify(1, getRequestedFor(urlEqualTo("/missing")));
	}

	@Test
	void shouldBeWhatTheDefaultComposerUsesAndTheOfflineOneDoesNot(WireMockRuntimeInfo server) {
		serve("/2021/%D8%AE%D8%A8%D8%B1/", page("<meta property=\"og:image\" content=\"/صورة.jpg\">"));
		Story story = new Story("خبر", server.getHttpBaseUrl() + "/2021/خبر/", "", List.of(), "", "", null, null);
		ComposeRules rules = new ComposeRules(PostTemplate.parse("{title} {link}"), Map.of(), HashtagRules.NONE,
				UtmParameters.NONE, ImageMode.AUTO, ZoneId.of("UTC"));

		assertThat(new PostComposer(TestNet.http()).compose(story, rules, "main").imageUrl())
			.isEqualTo(server.getHttpBaseUrl() + "/%D8%B5%D9%88%D8%B1%D8%A9.jpg");
		assertThat(PostComposer.offline().compose(story, rules, "main").imageUrl()).isNull();
		verify(1, getRequestedFor(urlEqualTo("/2021/%D8%AE%D8%A8%D8%B1/")));
	}

}
