package nashir.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FeedParserTests {

	private static final URI URL = URI.create("https://ofoq.example.com/feed/");

	private final FeedParser parser = new FeedParser(Duration.ofSeconds(10));

	@Test
	void shouldParseAValidFeedWithoutTheHealer() throws FeedException {
		ParsedFeed feed = this.parser.parse(TestFeeds.bytes("ofoq-sample.xml"), "application/rss+xml", URL);
		assertThat(feed.healed()).isFalse();
		assertThat(feed.entries()).hasSize(10);
	}

	@Test
	void shouldRetryOnceWithTheHealerWhenTheStrictParseFails() throws FeedException {
		ParsedFeed feed = this.parser.parse(TestFeeds.bytes("broken-healable.xml"), "application/rss+xml", URL);
		assertThat(feed.healed()).isTrue();
		assertThat(HtmlText.plain(feed.entries().get(0).title())).isEqualTo("الاقتصاد & الأسواق");
	}

	@Test
	void shouldFindTheWebSubHubAndSelfOfAnRssFeed() throws FeedException {
		ParsedFeed feed = this.parser.parse(TestFeeds.bytes("arabic-wordpress.xml"), null, URL);
		assertThat(feed.hub()).isEqualTo(URI.create("https://hub.example.com/"));
		assertThat(feed.self()).isEqualTo(URI.create("https://ofoq.example.com/feed/"));
	}

	@Test
	void shouldFindTheWebSubHubAndSelfOfAnAtomFeed() throws FeedException {
		ParsedFeed feed = this.parser.parse(TestFeeds.bytes("arabic-atom.xml"), null, URL);
		assertThat(feed.hub()).isEqualTo(URI.create("https://hub.example.com/"));
		assertThat(feed.self()).isEqualTo(URI.create("https://news.example.com/ar/atom.xml"));
	}

	@Test
	void shouldDropControlCharactersThatXmlForbids() throws FeedException {
		String rss = TestFeeds.rss(TestFeeds.item(1).withTitle("خبر\u0000 \u0008مهم\u001F"));
		ParsedFeed feed = this.parser.parse(rss.getBytes(StandardCharsets.UTF_8), null, URL);
		assertThat(feed.healed()).isFalse();
		assertThat(feed.entries().get(0).title()).isEqualTo("خبر مهم");
	}

	@Test
	void shouldSkipBlankLinesBeforeTheProlog() throws FeedException {
		String rss = "\n\n   \r\n" + TestFeeds.rss(TestFeeds.item(1));
		ParsedFeed feed = this.parser.parse(rss.getBytes(StandardCharsets.UTF_8), null, URL);
		assertThat(feed.healed()).isFalse();
		assertThat(feed.entries()).hasSize(1);
	}

	@Test
	void shouldDropCharacterReferencesToCharactersXmlForbidsDecimalAndHex() throws FeedException {
		String rss = TestFeeds.rss(TestFeeds.item(1).withTitle("عاجل:&#x1F; انقطاع&#0; الكهرباء&#31;&#x000b; في صنعاء&#xFFFE;&#xD800;"),
				TestFeeds.item(2).withTitle("الريال&#x20;اليمني &#1575;&#x644;&#x1F600; &amp;#x1F; يتراجع"));
		ParsedFeed feed = this.parser.parse(rss.getBytes(StandardCharsets.UTF_8), null, URL);
		assertThat(feed.healed()).isFalse();
		assertThat(feed.entries()).extracting(RawEntry::title)
			.containsExactly("عاجل: انقطاع الكهرباء في صنعاء", "الريال اليمني ال\uD83D\uDE00 &#x1F; يتراجع");
	}

	@Test
	void shouldDropAForbiddenReferenceSplitAcrossReads() throws FeedException {
		// Long enough that the reader's 8,192-character chunks end inside some of the references.
		TestFeeds.Item[] items = new TestFeeds.Item[400];
		for (int i = 0; i < items.length; i++) {
			items[i] = TestFeeds.item(i + 1).withTitle("خبر&#x1F; رقم&#0031; " + (i + 1));
		}
		ParsedFeed feed = this.parser.parse(TestFeeds.rss(items).getBytes(StandardCharsets.UTF_8), null, URL);
		assertThat(feed.entries()).hasSize(400).allSatisfy((entry) -> assertThat(entry.title()).matches("خبر رقم \\d+"));
	}

	@Test
	void shouldTakeDublinCoreTitleWhenTitleIsMissing() throws FeedException {
		String rss = """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
				<title>أفق نيوز</title><link>https://ofoq.example.com/</link><description>أخبار</description>
				<item><dc:title>قمة صنعاء الاقتصادية تنطلق غدا</dc:title><link>https://ofoq.example.com/?p=1</link></item>
				<item><title>عنوان الخبر</title><dc:title>عنوان دبلن</dc:title><link>https://ofoq.example.com/?p=2</link></item>
				</channel></rss>
				""";
		ParsedFeed feed = this.parser.parse(rss.getBytes(StandardCharsets.UTF_8), null, URL);
		assertThat(feed.entries()).extracting(RawEntry::title).containsExactly("قمة صنعاء الاقتصادية تنطلق غدا", "عنوان الخبر");
	}

	@Test
	void shouldRefuseElementsNestedTooDeepQuicklyAndByName() {
		int depth = 200_000;
		String rss = TestFeeds.rss(TestFeeds.item(1)).replace("</channel>",
				"<item><title>خبر</title><description>" + "<div>".repeat(depth) + "</div>".repeat(depth)
						+ "</description></item></channel>");
		long start = System.nanoTime();
		assertThatExceptionOfType(FeedException.class)
			.isThrownBy(() -> this.parser.parse(rss.getBytes(StandardCharsets.UTF_8), null, URL))
			.withMessage(URL + ": elements nest deeper than 100 levels, which no real feed needs");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void shouldParseNestingThatRealFeedsUse() throws FeedException {
		String rss = TestFeeds.rss(TestFeeds.item(1)).replace("</channel>",
				"<item><title>خبر</title><link>https://ofoq.example.com/?p=2</link><x>" + "<div>".repeat(90)
						+ "نص" + "</div>".repeat(90) + "</x></item></channel>");
		assertThat(this.parser.parse(rss.getBytes(StandardCharsets.UTF_8), null, URL).entries()).hasSize(2);
	}

	@Test
	void shouldStopAParseThatTakesLongerThanTheTimeout() {
		TestFeeds.Item[] items = TestFeeds.items(1, 5_000);
		byte[] big = TestFeeds.rss(items).getBytes(StandardCharsets.UTF_8);
		// A clock that passes the deadline at its 1,000th reading: the parse reads it at every element
		// and run of text (tens of thousands here), so it must stop right there, not at the end.
		AtomicLong readings = new AtomicLong();
		LongSupplier clock = () -> readings.incrementAndGet() < 1_000 ? 0 : Duration.ofMinutes(1).toNanos();
		FeedParser impatient = new FeedParser(Duration.ofMillis(50), clock);
		assertThatExceptionOfType(FeedException.class).isThrownBy(() -> impatient.parse(big, null, URL))
			.withMessage(URL + ": parsing took longer than 50 ms (nashir.feed.parse-timeout)");
		assertThat(readings).hasValueLessThan(1_010);
	}

}
