package nashir.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FeedParserTests {

	private static final URI URL = URI.create("https://ofoq.example.com/feed/");

	private final FeedParser parser = new FeedParser();

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

}
