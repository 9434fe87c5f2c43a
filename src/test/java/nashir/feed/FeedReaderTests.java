package nashir.feed;

import java.net.URI;
import nashir.net.TestNet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FeedReaderTests {

	@RegisterExtension
	static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final FeedReader reader = new FeedReader(FeedSettings.defaults(), TestNet.http());

	private List<FeedItem> serve(String fixture, String contentType) throws FeedException {
		site.stubFor(get("/feed/").willReturn(aResponse().withHeader("Content-Type", contentType).withBody(TestFeeds.bytes(fixture))));
		return this.reader.read(URI.create(site.baseUrl() + "/feed/"));
	}

	private FeedItem byGuid(List<FeedItem> items, String guid) {
		return items.stream().filter((item) -> guid.equals(item.guid())).findFirst().orElseThrow();
	}

	@Test
	void shouldReadTheWorkedExampleOfDesignMd() throws FeedException {
		List<FeedItem> items = serve("arabic-wordpress.xml", "application/rss+xml; charset=UTF-8");
		FeedItem summit = byGuid(items, "https://ofoq.example.com/?p=104233");
		assertThat(summit.key()).isEqualTo("https://ofoq.example.com/?p=104233");
		assertThat(summit.title()).isEqualTo("قمة “بوتين وبايدن”.. اتفاق على إطلاق حوار شامل قريبا");
		assertThat(summit.categories()).containsExactly("أخبار دولية", "سياسة");
		assertThat(summit.link()).hasToString("https://ofoq.example.com/2021/06/16/"
				+ "%D9%82%D9%85%D8%A9-%D8%A8%D9%88%D8%AA%D9%8A%D9%86-%D9%88%D8%A8%D8%A7%D9%8A%D8%AF%D9%86-%D8%A7%D8%AA%D9%81%D8%A7%D9%82/");
		assertThat(summit.published()).isEqualTo(Instant.parse("2021-06-16T19:45:12Z"));
		// The description held U+000B, which XML forbids: filtered out, the rest kept.
		assertThat(summit.summary()).isEqualTo("اتفق الرئيسان في جنيف على إطلاق حوار شامل.");
	}

	@Test
	void shouldDecodeDoubleEscapedTitlesExactlyOnceAndStripTags() throws FeedException {
		FeedItem item = byGuid(serve("arabic-wordpress.xml", "application/rss+xml"), "https://ofoq.example.com/?p=104230");
		assertThat(item.title()).isEqualTo("“عاجل” انقطاع الكهرباء عن العاصمة");
	}

	@Test
	void shouldDecodeEntitiesOnlyOnce() throws FeedException {
		site.stubFor(get("/feed/").willReturn(aResponse().withBody(TestFeeds.rss(TestFeeds.item(1).withTitle("أسهم &amp;amp;lt;شركة&amp;amp;gt; ترتفع")))));
		List<FeedItem> items = this.reader.read(URI.create(site.baseUrl() + "/feed/"));
		assertThat(items.get(0).title()).isEqualTo("أسهم &lt;شركة&gt; ترتفع");
	}

	@Test
	void shouldResolveRelativeLinksAgainstTheFeedUrl() throws FeedException {
		FeedItem item = byGuid(serve("arabic-wordpress.xml", "application/rss+xml"), "https://ofoq.example.com/?p=104220");
		assertThat(item.link()).isEqualTo(URI.create(site.baseUrl() + "/2021/06/16/"
				+ "%D8%AE%D8%A8%D8%B1-%D8%A8%D8%B1%D8%A7%D8%A8%D8%B7-%D9%86%D8%B3%D8%A8%D9%8A/"));
	}

	@Test
	void shouldSkipAnItemWhoseLinkIsNotHttpAndKeepTheRest() throws FeedException {
		List<FeedItem> items = serve("arabic-wordpress.xml", "application/rss+xml");
		assertThat(items).extracting(FeedItem::guid)
			.containsExactly("https://ofoq.example.com/?p=104233", "https://ofoq.example.com/?p=104230",
					"https://ofoq.example.com/?p=104220");
	}

	@Test
	void shouldPickTheImageFromMediaRssThenEnclosureThenFirstImg() throws FeedException {
		List<FeedItem> items = serve("arabic-wordpress.xml", "application/rss+xml");
		assertThat(byGuid(items, "https://ofoq.example.com/?p=104230").image())
			.isEqualTo(URI.create("https://cdn.example.com/power.jpg"));
		assertThat(byGuid(items, "https://ofoq.example.com/?p=104220").image())
			.isEqualTo(URI.create("https://cdn.example.com/relative.jpg"));
		assertThat(byGuid(items, "https://ofoq.example.com/?p=104233").image())
			.isEqualTo(URI.create("https://ofoq.example.com/wp-content/uploads/2021/06/summit.jpg"));
	}

	@Test
	void shouldLeaveTheImageNullWhenThereIsNone() throws FeedException {
		site.stubFor(get("/feed/").willReturn(aResponse().withBody(TestFeeds.rss(TestFeeds.item(1)))));
		assertThat(this.reader.read(URI.create(site.baseUrl() + "/feed/")).get(0).image()).isNull();
	}

	@Test
	void shouldReadAtomWithXmlBaseHtmlTitlesAndMediaThumbnails() throws FeedException {
		List<FeedItem> items = serve("arabic-atom.xml", "application/atom+xml");
		FeedItem bridge = items.get(0);
		assertThat(bridge.title()).isEqualTo("افتتاح \"جسر الوحدة\" أمام حركة السير");
		assertThat(bridge.link()).hasToString("https://news.example.com/ar/2021/06/16/"
				+ "%D8%A7%D9%81%D8%AA%D8%AA%D8%A7%D8%AD-%D8%AC%D8%B3%D8%B1-%D8%A7%D9%84%D9%88%D8%AD%D8%AF%D8%A9");
		assertThat(bridge.image()).isEqualTo(URI.create("https://cdn.example.com/bridge-thumb.jpg"));
		assertThat(bridge.author()).isEqualTo("سارة أحمد");
		assertThat(bridge.summary()).isEqualTo("افتتح المحافظ الجسر الجديد.");
		assertThat(items.get(1).image()).isEqualTo(URI.create("https://news.example.com/ar/2021/06/15/images/trees.jpg"));
	}

	@Test
	void shouldDetectWindows1256FromTheXmlDeclaration() throws FeedException {
		assertThat(serve("arabic-windows-1256.xml", "text/xml").get(0).title()).isEqualTo("الحكومة تعلن خطة جديدة للإسكان");
	}

	@Test
	void shouldDetectWindows1256FromTheContentType() throws FeedException {
		assertThat(serve("arabic-windows-1256-undeclared.xml", "application/rss+xml; charset=windows-1256").get(0).title())
			.isEqualTo("الحكومة تعلن خطة جديدة للإسكان");
	}

	@Test
	void shouldDetectIso88596FromTheXmlDeclaration() throws FeedException {
		assertThat(serve("arabic-iso-8859-6.xml", "application/xml").get(0).title()).isEqualTo("الحكومة تعلن خطة جديدة للإسكان");
	}

	@Test
	void shouldHonourAUtf8ByteOrderMarkFollowedByBlankLines() throws FeedException {
		byte[] rss = TestFeeds.rss(TestFeeds.item(1)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] body = new byte[rss.length + 5];
		body[0] = (byte) 0xEF;
		body[1] = (byte) 0xBB;
		body[2] = (byte) 0xBF;
		body[3] = '\n';
		body[4] = '\n';
		System.arraycopy(rss, 0, body, 5, rss.length);
		site.stubFor(get("/feed/").willReturn(aResponse().withBody(body)));
		assertThat(this.reader.read(URI.create(site.baseUrl() + "/feed/")).get(0).title()).isEqualTo("خبر رقم 1 عن الاقتصاد");
	}

	@Test
	void shouldReadAFileUrl() throws FeedException {
		List<FeedItem> items = this.reader.read(TestFeeds.fixture("ofoq-sample.xml").toUri());
		assertThat(items).hasSize(10);
		assertThat(items.get(0).guid()).isEqualTo("https://ofoq.example.com/?p=104325");
		assertThat(items.get(9).title()).isEqualTo("قمة “بوتين وبايدن”.. اتفاق على إطلاق حوار شامل قريبا");
	}

	@Test
	void shouldReadUndeclaredLatin1AsWindows1252() throws FeedException {
		List<FeedItem> items = this.reader.read(TestFeeds.fixture("corpus/uolNoticias.rss").toUri());
		assertThat(items.get(0).title()).isEqualTo("Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno");
	}

	@Test
	void shouldResolveRelativeLinksOfAFileFeedAgainstItsSiteLink() throws FeedException {
		List<FeedItem> items = this.reader.read(TestFeeds.fixture("corpus/gulp-atom.atom").toUri());
		assertThat(items.get(0).link()).isEqualTo(URI.create("https://github.com/gulpjs/gulp/releases/tag/v3.9.0"));
	}

	@Test
	void shouldListItemsNewestFirstWhateverTheFeedOrder() throws FeedException {
		site.stubFor(get("/feed/").willReturn(aResponse().withBody(TestFeeds.rss(TestFeeds.item(2), TestFeeds.item(3), TestFeeds.item(1)))));
		assertThat(this.reader.read(URI.create(site.baseUrl() + "/feed/"))).extracting(FeedItem::guid)
			.containsExactly("https://ofoq.example.com/?p=3", "https://ofoq.example.com/?p=2", "https://ofoq.example.com/?p=1");
	}

	@Test
	void shouldReadAnEmptyFeedAsNoItems() throws FeedException {
		assertThat(serve("empty.xml", "application/rss+xml")).isEmpty();
	}

	@Test
	void shouldReportAnHtmlPageInOneClearLine() {
		assertThatExceptionOfType(FeedException.class).isThrownBy(() -> serve("html-page.html", "text/html"))
			.withMessage(site.baseUrl() + "/feed/: the server sent an HTML page, not a feed");
	}

	@Test
	void shouldReportABrokenFeedInOneClearLine() {
		assertThatExceptionOfType(FeedException.class).isThrownBy(() -> serve("broken.xml", "application/rss+xml"))
			.withMessageStartingWith(site.baseUrl() + "/feed/: not well-formed XML (")
			.withMessageNotContaining("\n");
	}

	@Test
	void shouldReportGarbageInOneClearLine() {
		site.stubFor(get("/feed/").willReturn(aResponse().withBody("{\"items\": []}")));
		assertThatExceptionOfType(FeedException.class)
			.isThrownBy(() -> this.reader.read(URI.create(site.baseUrl() + "/feed/")))
			.withMessageStartingWith(site.baseUrl() + "/feed/: ")
			.withMessageNotContaining("\n")
			.withMessageNotContaining("Exception");
	}

	@Test
	void shouldNeverReadAFileThroughAnExternalEntity(@TempDir Path dir) throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-PASSWORD");
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
				<rss version="2.0"><channel><title>t</title><link>https://ofoq.example.com/</link><description>d</description>
				<item><title>&xxe;</title><link>https://ofoq.example.com/1</link></item></channel></rss>
				""".formatted(secret.toUri());
		site.stubFor(get("/feed/").willReturn(aResponse().withBody(xxe)));
		assertThatExceptionOfType(FeedException.class)
			.isThrownBy(() -> this.reader.read(URI.create(site.baseUrl() + "/feed/")))
			.withMessageContaining("DOCTYPE, which is refused")
			.withMessageNotContaining("TOP-SECRET");
	}

	@Test
	void shouldRefuseEntityExpansionBombs() {
		String laughs = """
				<?xml version="1.0"?>
				<!DOCTYPE rss [<!ENTITY a "hahahahahahahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
				<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
				<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>
				<rss version="2.0"><channel><title>&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;</title></channel></rss>
				""";
		site.stubFor(get("/feed/").willReturn(aResponse().withBody(laughs)));
		assertThatExceptionOfType(FeedException.class)
			.isThrownBy(() -> this.reader.read(URI.create(site.baseUrl() + "/feed/")))
			.withMessageContaining("DOCTYPE, which is refused");
	}

}
