package nashir.feed;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import nashir.feed.FetchResult.Fetched;
import nashir.feed.FeedReader.ReadFeed;
import nashir.feed.FetchResult.Validators;
import nashir.feed.ItemKeyScanner.Scan;
import nashir.net.TestNet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The scan before the parse must give exactly the keys the full parse gives, or say it cannot
 * tell: a key it got wrong would hide a new story for good. Checked on every feed of the corpus
 * (src/test/resources/feeds/corpus, see its README for origin and licence), on the Arabic
 * fixtures, and on hostile or odd inputs.
 */
class ItemKeyScannerTests {

	private static final URI URL = URI.create("https://ofoq.example.com/feed/");

	private final FeedReader reader = new FeedReader(FeedSettings.defaults(), TestNet.http());

	private final ItemKeyScanner scanner = new ItemKeyScanner(Duration.ofSeconds(5));

	static Stream<String> feeds() throws IOException {
		try (Stream<Path> files = Files.list(TestFeeds.fixture("corpus"))) {
			Stream<String> corpus = files.map((file) -> "corpus/" + file.getFileName())
				.filter((name) -> !name.endsWith("README.md"))
				.sorted()
				.toList()
				.stream();
			return Stream.concat(corpus, Stream.of("arabic-atom.xml", "arabic-duplicates.xml", "arabic-iso-8859-6.xml",
					"arabic-windows-1256-undeclared.xml", "arabic-windows-1256.xml", "arabic-wordpress.xml",
					"broken-healable.xml", "broken.xml", "empty.xml", "html-page.html", "ofoq-sample.xml"));
		}
	}

	private static Fetched fetched(byte[] body) {
		return new Fetched(URL, body, "application/xml", Validators.NONE, null, null);
	}

	private static Fetched fetched(String body) {
		return fetched(body.getBytes(StandardCharsets.UTF_8));
	}

	/** The keys of the full path (parse, sanitise, identify, distinct), or empty when it fails. */
	private Optional<Set<String>> fullPath(Fetched fetched) {
		try {
			return Optional.of(this.reader.parse(fetched).entries().stream().map(FeedEntry::key)
				.collect(Collectors.toCollection(LinkedHashSet::new)));
		}
		catch (FeedException ex) {
			return Optional.empty();
		}
	}

	/** Either the scan cannot tell, or it says exactly what the full path says (and never more than a failing parse). */
	private Optional<Set<String>> assertAgrees(Fetched fetched) {
		Optional<Set<String>> scanned = this.scanner.scan(fetched).map(Scan::keys);
		Optional<Set<String>> full = fullPath(fetched);
		if (scanned.isPresent()) {
			assertThat(full).as("the full parse reads what the scan reads").isPresent();
			assertThat(scanned.get()).containsExactlyInAnyOrderElementsOf(full.get());
		}
		return scanned;
	}

	@ParameterizedTest
	@MethodSource("feeds")
	void shouldGiveTheFullPathsKeysOrNothingOnEveryFeed(String name) {
		assertAgrees(fetched(TestFeeds.bytes(name)));
	}

	/**
	 * Each item's characters are the whole element, tags included; cutting the known ones out leaves
	 * a document whose parse gives every other item the full path gives, and none of the known ones.
	 */
	@ParameterizedTest
	@MethodSource("feeds")
	void shouldFindEveryItemWhereItLiesSoThatOnlyTheNewOnesAreParsed(String name) throws FeedException {
		Fetched fetched = fetched(TestFeeds.bytes(name));
		Optional<Scan> scan = this.scanner.scan(fetched);
		if (scan.isEmpty()) {
			return;
		}
		String text = scan.get().text();
		for (ItemKeyScanner.Item item : scan.get().items()) {
			String element = text.substring(item.start(), item.end());
			assertThat(element).as(name).matches("(?s)<([\\w.-]+:)?(item|entry)\\b.*(/>|</([\\w.-]+:)?(item|entry)>)");
		}
		List<String> all = List.copyOf(scan.get().keys());
		Set<String> known = IntStream.range(0, all.size()).filter((i) -> i % 2 == 0).mapToObj(all::get)
			.collect(Collectors.toSet());
		List<String> parsed = this.reader.parseNew(fetched, scan.get(), known).entries().stream().map(FeedEntry::key).toList();
		assertThat(parsed).as(name).containsExactlyElementsOf(all.stream().filter((key) -> !known.contains(key)).toList());
		assertThat(this.reader.parseNew(fetched, scan.get(), Set.copyOf(all)).entries()).as(name).isEmpty();
	}

	/**
	 * A first read takes each item as the scan read it: the keys, links, titles and dates the full
	 * path gives, in its order, the same item once one is described, and the same WebSub links.
	 */
	@ParameterizedTest
	@MethodSource("feeds")
	void shouldGiveAFirstReadWhatTheFullPathGivesOnEveryFeed(String name) throws FeedException {
		assertFirstReadAgrees(fetched(TestFeeds.bytes(name)));
	}

	private Optional<ReadFeed> assertFirstReadAgrees(Fetched fetched) throws FeedException {
		Optional<Scan> scan = this.scanner.scan(fetched);
		if (scan.isEmpty()) {
			return Optional.empty();
		}
		ReadFeed first = this.reader.parseFirst(fetched, scan.get());
		ReadFeed full = this.reader.parse(fetched);
		assertThat(first.entries()).extracting(FeedEntry::key, FeedEntry::link, FeedEntry::title, FeedEntry::published)
			.containsExactlyElementsOf(full.entries().stream()
				.map((entry) -> tuple(entry.key(), entry.link(), entry.title(), entry.published()))
				.toList());
		assertThat(first.entries()).extracting(FeedEntry::item)
			.containsExactlyElementsOf(full.entries().stream().map(FeedEntry::item).toList());
		assertThat(first.items()).isEqualTo(full.items());
		assertThat(List.of(String.valueOf(first.hub()), String.valueOf(first.self())))
			.containsExactly(String.valueOf(full.hub()), String.valueOf(full.self()));
		return Optional.of(first);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// Dublin Core's date comes before pubDate; an unreadable one does not count
			"<pubDate>Wed, 16 Jun 2021 21:00:00 +0300</pubDate><dc:date>2021-06-15T08:30:00Z</dc:date>",
			"<dc:date>أمس</dc:date><pubDate>Wed, 16 Jun 2021 21:00:00 GMT</pubDate>",
			"<pubDate>  Wed, 16 Jun 2021 21:00:00 GMT  </pubDate><pubDate>Thu, 17 Jun 2021 21:00:00 GMT</pubDate>",
			"<pubDate>2021-06-16T21:00:00+03:00</pubDate>", "<pubDate>16/06/2021</pubDate>", "<pubDate></pubDate>",
			// a title of escaped HTML and entities, one of CDATA, one with markup inside, and Dublin Core's
			"<title>الحوثي &amp;amp; &lt;b&gt;الأمم المتحدة&lt;/b&gt; &#8211; عاجل</title>",
			"<title><![CDATA[<p>انطلاق <em>مؤتمر</em> الحوار</p>]]></title>",
			"<title>قبل <b>وسط</b> بعد</title>",
			"<title>   </title><dc:title>عنوان دبلن كور</dc:title>",
			"<dc:title>عنوان دبلن كور فقط</dc:title>",
			"<dc:creator>محرر</dc:creator>",
			// two titles: Rome reads the first
			"<title>الأول</title><title>الثاني</title>" })
	void shouldGiveAFirstReadTheTitleAndDateOfOddRss2Items(String inside) throws FeedException {
		String item = "<item><guid>https://ofoq.example.com/?p=1</guid>" + inside + "</item>";
		String body = rss(item + item("<guid>https://ofoq.example.com/?p=2</guid>"))
			.replace("<rss version=\"2.0\">", "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">");
		assertThat(assertFirstReadAgrees(fetched(body))).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"<published>2021-06-16T21:00:00+03:00</published><updated>2021-06-17T08:00:00Z</updated>",
			"<updated>2021-06-17T08:00:00Z</updated>",
			"<dc:date>2021-06-15T08:30:00Z</dc:date><updated>2021-06-17T08:00:00Z</updated>",
			"<published>2021-06-16T21:00:00Z</published><dc:date>2021-06-15T08:30:00Z</dc:date>",
			"<published>غدا</published><updated>2021-06-17T08:00:00Z</updated>",
			"<title type=\"html\">الحوار &amp;lt;عاجل&amp;gt; &amp;amp; التفاصيل</title>",
			"<title type=\"text\">نص &lt;ليس وسما&gt;</title>" })
	void shouldGiveAFirstReadTheTitleAndDateOfOddAtomEntries(String inside) throws FeedException {
		String body = """
				<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
				  <title>أخبار</title><id>tag:news.example.com,2021:ar</id><link rel="hub" href="https://hub.example.com/"/>
				  <entry><id>tag:news.example.com,2021:1</id><link href="https://news.example.com/ar/1"/>%s</entry>
				  <entry><title>الثاني</title><id>tag:news.example.com,2021:2</id><link href="https://news.example.com/ar/2"/></entry>
				</feed>""".formatted(inside.startsWith("<title") ? inside : "<title>الأول</title>" + inside);
		assertThat(assertFirstReadAgrees(fetched(body))).isPresent();
	}

	/** As the full path does, a first read names in the log each item it skips for want of a usable link. */
	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void shouldLogTheItemsAFirstReadSkips(CapturedOutput output) throws FeedException {
		Fetched fetched = fetched(TestFeeds.bytes("arabic-wordpress.xml"));
		this.reader.parseFirst(fetched, this.scanner.scan(fetched).orElseThrow());
		assertThat(output.getOut().lines().filter((line) -> line.contains("feed item skipped"))).singleElement()
			.asString()
			.contains("link=\"javascript:alert(1)\"");
	}

	@Test
	void shouldReadTheChannelsWebSubLinksWithoutRome() throws FeedException {
		String body = rss("<atom:link href=\"https://ofoq.example.com/feed/\" rel=\"self\"/><atom:link rel=\"hub\" "
				+ "href=\" https://hub.example.com/ \"/><atom:link rel=\"hub\" href=\"https://second.example.com/\"/>"
				+ item("<guid>https://ofoq.example.com/?p=1</guid>"))
			.replace("<rss version=\"2.0\">", "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">");
		assertThat(this.scanner.scan(fetched(body)).orElseThrow().channel()).hasValueSatisfying((channel) -> assertThat(
				List.of(channel.hub(), channel.self())).containsExactly(URI.create("https://hub.example.com/"), URI.create(
						"https://ofoq.example.com/feed/")));
		assertThat(assertFirstReadAgrees(fetched(body))).isPresent();
	}

	/** Links the scan cannot read as Rome does are left to Rome's parse of the channel alone. */
	@ParameterizedTest
	@ValueSource(strings = {
			"<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel><atom:link rel=\"hub\" href=\"/hub\"/>ITEM</channel></rss>",
			"<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><atom:link rel=\"hub\" href=\"https://hub.example.com/\"/><channel>ITEM</channel></rss>",
			"<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel>ITEM</channel><channel><atom:link rel=\"hub\" href=\"https://hub.example.com/\"/></channel></rss>",
			"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>أ</title><link rel=\"hub\" href=\"hub/\"/><entry><title>ب</title><id>a</id><link href=\"https://ofoq.example.com/1\"/></entry></feed>",
			"<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><channel rdf:about=\"https://ofoq.example.com/\"><title>أ</title><link>https://ofoq.example.com/</link><description>أ</description></channel><item rdf:about=\"https://ofoq.example.com/1\"><title>ب</title><link>https://ofoq.example.com/1</link></item></rdf:RDF>" })
	void shouldLeaveTheChannelToRomeWhereItsLinksAreUnsure(String body) throws FeedException {
		Fetched fetched = fetched(body.replace("ITEM", item("<guid>https://ofoq.example.com/?p=1</guid>")));
		assertThat(this.scanner.scan(fetched).orElseThrow().channel()).isEmpty();
		assertThat(assertFirstReadAgrees(fetched)).isPresent();
	}

	@Test
	void shouldParseTheWholeBodyWhenWhatIsLeftCannotBeParsed() throws FeedException {
		Fetched fetched = fetched(TestFeeds.bytes("arabic-wordpress.xml"));
		Scan scan = this.scanner.scan(fetched).orElseThrow();
		String first = scan.keys().iterator().next();
		// A cut that ends inside a tag leaves no XML: the reader falls back to the whole body.
		Scan broken = new Scan(scan.text(), List.of(new ItemKeyScanner.Item(first, null, scan.items().get(0).written(), 0,
				scan.text().indexOf('>') + 3)), scan.keys(), scan.links());
		assertThat(this.reader.parseNew(fetched, broken, Set.of(first)).entries()).extracting(FeedEntry::key)
			.containsExactlyElementsOf(scan.keys());
	}

	@ParameterizedTest
	@ValueSource(strings = { "corpus/customfields.rss", "corpus/reddit.rss", "corpus/itunes-href.rss",
			"arabic-wordpress.xml", "arabic-duplicates.xml", "arabic-windows-1256.xml", "arabic-iso-8859-6.xml",
			"ofoq-sample.xml" })
	void shouldReadRss2(String name) {
		assertThat(assertAgrees(fetched(TestFeeds.bytes(name)))).hasValueSatisfying((keys) -> assertThat(keys).isNotEmpty());
	}

	@ParameterizedTest
	@ValueSource(strings = { "corpus/feedburner.atom", "corpus/heise.atom", "corpus/reddit-home.rss",
			"corpus/atom-customfields.atom" })
	void shouldReadAtom(String name) {
		assertThat(assertAgrees(fetched(TestFeeds.bytes(name)))).hasValueSatisfying((keys) -> assertThat(keys).isNotEmpty());
	}

	@ParameterizedTest
	@ValueSource(strings = { "corpus/rss-1.rss", "corpus/craigslist.rss", "corpus/xml2js-options.rss" })
	void shouldReadRss1(String name) {
		assertThat(assertAgrees(fetched(TestFeeds.bytes(name)))).hasValueSatisfying((keys) -> assertThat(keys).isNotEmpty());
	}

	@Test
	void shouldReadArabicAtomWithAbsoluteLinks() {
		String body = """
				<?xml version="1.0" encoding="UTF-8"?>
				<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
				  <title>أخبار اليوم</title><id>tag:news.example.com,2021:ar</id>
				  <entry><title>افتتاح جسر الوحدة في عدن</title><id>tag:news.example.com,2021:1</id>
				    <link rel="self" href="https://news.example.com/api/1"/>
				    <link href="https://news.example.com/ar/2021/06/16/افتتاح-جسر-الوحدة"/>
				    <link rel="alternate" href="https://news.example.com/ar/ثاني"/>
				    <content type="xhtml" xml:base="/ar/"><div xmlns="http://www.w3.org/1999/xhtml"><a href="x">نص</a></div></content>
				  </entry>
				  <entry><title>حملة تشجير واسعة في تعز</title><id> tag:news.example.com,2021:2 </id>
				    <link rel="alternate" type="text/html" href="https://news.example.com/ar/2021/06/15/حملة-تشجير"/></entry>
				  <entry><title>بلا معرّف</title><link href="https://news.example.com/ar/3"/></entry>
				  <entry><title>بلا رابط</title><id>tag:news.example.com,2021:4</id><link rel="related" href="https://x.example/"/></entry>
				</feed>""";
		assertThat(assertAgrees(fetched(body))).contains(Set.of("tag:news.example.com,2021:1", "tag:news.example.com,2021:2",
				"https://news.example.com/ar/3"));
	}

	private static String rss(String items) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>أفق نيوز</title>"
				+ "<link>https://ofoq.example.com</link>" + items + "</channel></rss>";
	}

	private static String item(String inside) {
		return "<item><title>عاجل: انطلاق مؤتمر الحوار الوطني في صنعاء بمشاركة واسعة</title>" + inside + "</item>";
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// guid and link, link only, permalink guid only, non-permalink guid only (dropped: no link)
			"<guid isPermaLink=\"false\">https://ofoq.example.com/?p=1</guid><link>https://ofoq.example.com/خبر-1/</link>",
			"<link> https://ofoq.example.com/2021/06/16/خبر رقم 2/ </link>",
			"<guid>https://ofoq.example.com/خبر-3/</guid>",
			"<guid isPermaLink=\"FALSE\">tag:ofoq,3</guid><link>/relative/خبر-3</link>",
			"<guid isPermaLink=\"false\">p-4</guid>",
			// blank guid: the key falls back to the link
			"<guid>  </guid><link>https://ofoq.example.com/خبر-5/</link>",
			// a guid that holds markup and CDATA: JDOM's text is the direct text only
			"<guid>a<b>b</b><![CDATA[c&d]]>&amp;e</guid><link>https://ofoq.example.com/6</link>",
			// two guids and two links: Rome reads the first of each
			"<guid>g-7a</guid><guid>g-7b</guid><link>https://ofoq.example.com/7a</link><link>https://ofoq.example.com/7b</link>",
			// no guid, no link: skipped by the full path; javascript link: skipped too
			"<description>لا رابط</description>", "<link>javascript:alert(1)</link>",
			// a guid longer than the ledger's column is hashed
			"<guid>LONG</guid><link>https://ofoq.example.com/8</link>",
			// forbidden characters, raw and as references
			"<guid>g-\u0001-9&#x1F;</guid><link>https://ofoq.example.com/9&#0;</link>",
			// elements of other namespaces named like ours
			"<x:guid xmlns:x=\"urn:x\">other</x:guid><x:link xmlns:x=\"urn:x\">https://evil.example/</x:link><link>https://ofoq.example.com/10</link>" })
	void shouldAgreeOnOddRss2Items(String inside) {
		String body = rss(item(inside.replace("LONG", "ا".repeat(600))) + item("<guid>https://ofoq.example.com/?p=100</guid>"));
		assertThat(assertAgrees(fetched(body))).isPresent();
	}

	@Test
	void shouldDropRepeatsAsTheFullPathDoes() {
		String body = rss(item("<guid>g-1</guid><link>https://ofoq.example.com/a/</link>")
				+ item("<guid>g-2</guid><link>https://OFOQ.example.com/a?utm_source=x</link>")
				+ item("<guid>g-1</guid><link>https://ofoq.example.com/b</link>")
				+ item("<guid>g-3</guid><link>https://ofoq.example.com/c</link>"));
		assertThat(assertAgrees(fetched(body))).contains(Set.of("g-1", "g-3"));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// a DOCTYPE (refused by the parse), entities, bare ampersands (healed by the parse), not XML at all
			"<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x \"https://ofoq.example.com/x\">]><rss version=\"2.0\"><channel><item><link>&x;</link></item></channel></rss>",
			"<rss version=\"2.0\"><channel><item><guid>a&nbsp;b</guid><link>https://ofoq.example.com/1</link></item></channel></rss>",
			"<rss version=\"2.0\"><channel><item><guid>a & b</guid><link>https://ofoq.example.com/1?a=1&b=2</link></item></channel></rss>",
			"<rss version=\"2.0\"><channel><item><guid>unclosed</guid>",
			"{\"items\": []}",
			// versions and formats Rome reads another way
			"<rss version=\"0.91\"><channel><item><guid>g</guid><link>https://ofoq.example.com/1</link></item></channel></rss>",
			"<rss><channel><item><guid>g</guid><link>https://ofoq.example.com/1</link></item></channel></rss>",
			"<rss version=\"2.0\" xmlns=\"urn:other\"><channel><item><guid>g</guid><link>https://ofoq.example.com/1</link></item></channel></rss>",
			"<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://my.netscape.com/rdf/simple/0.9/\"><channel/><item><link>https://ofoq.example.com/1</link></item></rdf:RDF>",
			"<feed xmlns=\"http://purl.org/atom/ns#\"><entry><id>a</id><link rel=\"alternate\" href=\"https://ofoq.example.com/1\"/></entry></feed>",
			// Atom links that need a base, or a rel Rome may read as alternate
			"<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>a</id><link href=\"/1\"/></entry></feed>",
			"<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://other.example/\"><entry><id>a</id><link href=\"https://ofoq.example.com/1\"/></entry></feed>",
			"<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>a</id><link rel=\" \" href=\"https://ofoq.example.com/1\"/></entry></feed>",
			// an Atom title of markup, which Rome writes out as XML
			"<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">أ<b>ب</b></div></title><id>a</id><link href=\"https://ofoq.example.com/1\"/></entry></feed>",
			// an empty feed: the full path decides whether it is a feed at all
			"<rss version=\"2.0\"><channel><title>فارغة</title></channel></rss>" })
	void shouldLeaveWhatItCannotReadToTheFullPath(String body) {
		assertThat(assertAgrees(fetched(body))).isEmpty();
	}

	@Test
	void shouldStopAtTheParseDepthLimit() {
		String deep = "<x>".repeat(ParseLimits.MAX_DEPTH + 10) + "</x>".repeat(ParseLimits.MAX_DEPTH + 10);
		assertThat(assertAgrees(fetched(rss(item("<guid>g</guid><link>https://ofoq.example.com/1</link>" + deep))))).isEmpty();
	}

	@Test
	void shouldStopAtTheParseTimeLimit() {
		ItemKeyScanner hurried = new ItemKeyScanner(Duration.ZERO);
		String items = item("<guid>g</guid><link>https://ofoq.example.com/1</link>").repeat(1000);
		assertThat(hurried.scan(fetched(rss(items)))).isEmpty();
	}

	/** A feed read from a file: its relative links resolve against its site's link, which only the full path follows. */
	@Test
	void shouldReadFeedsFromFilesOnlyWhenEveryLinkIsAbsolute() throws FeedException {
		URI file = URI.create("file:///srv/feeds/ofoq.xml");
		Fetched absolute = new Fetched(file, TestFeeds.bytes("ofoq-sample.xml"), null, Validators.NONE, null, null);
		assertThat(assertFirstReadAgrees(absolute)).hasValueSatisfying((read) -> assertThat(read.entries()).isNotEmpty());
		// One item of this one links to "/2021/06/16/…", another to javascript:.
		Fetched relative = new Fetched(file, TestFeeds.bytes("arabic-wordpress.xml"), null, Validators.NONE, null, null);
		assertThat(this.scanner.scan(relative)).isEmpty();
		assertThat(fullPath(relative)).hasValueSatisfying((keys) -> assertThat(keys).contains("https://ofoq.example.com/?p=104220"));
	}

}
