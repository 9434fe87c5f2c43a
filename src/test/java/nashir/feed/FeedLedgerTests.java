package nashir.feed;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import nashir.feed.FeedTestApplication.FeedSpringTest;
import nashir.feed.FeedTestApplication.RecordingHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@FeedSpringTest
class FeedLedgerTests {

	private static final Instant NOW = Instant.parse("2021-06-16T21:00:00Z");

	@Autowired
	private ItemIngester ingester;

	@Autowired
	private FeedLedger ledger;

	@Autowired
	private PlatformTransactionManager transactions;

	private static FeedItem story(int n) {
		URI link = URI.create("https://ofoq.example.com/?p=" + n);
		return new FeedItem(link.toString(), link.toString(), "خبر " + n, link, NOW.minusSeconds(n), List.of(), null,
				null, null);
	}

	private ItemIngester.Ingested ingest(FeedSource source, List<FeedItem> items, boolean baseline,
			RecordingHandler handler) {
		return ingest(source, items, baseline, handler, new AtomicInteger());
	}

	/** Ingests the items as read entries; {@code described} counts the items whose HTML was worked out. */
	private ItemIngester.Ingested ingest(FeedSource source, List<FeedItem> items, boolean baseline,
			RecordingHandler handler, AtomicInteger described) {
		List<FeedEntry> entries = items.stream()
			.map((item) -> new FeedEntry(item.key(), item.title(), item.link(), item.published(), () -> {
				described.incrementAndGet();
				return item;
			}))
			.toList();
		return new TransactionTemplate(this.transactions)
			.execute((status) -> this.ingester.ingest(source, entries, entries.size(),
					baseline ? ItemIngester.Read.BASELINE : ItemIngester.Read.CHANGED, handler, NOW));
	}

	@Test
	void shouldWorkOutTheSummaryAndImageOfTheNewItemsOnly() {
		FeedSource source = new FeedSource("fifty", URI.create("https://ofoq.example.com/feed/"), 3, FeedFilter.NONE);
		List<FeedItem> items = new ArrayList<>(IntStream.rangeClosed(1, 50).mapToObj(FeedLedgerTests::story).toList());
		AtomicInteger described = new AtomicInteger();
		ingest(source, items, true, new RecordingHandler(), described);
		assertThat(described).as("a first read: the backlog of 3").hasValue(3);

		items.add(0, story(0));
		described.set(0);
		RecordingHandler handler = new RecordingHandler();
		ingest(source, items, false, handler, described);
		assertThat(described).as("one new story among fifty-one").hasValue(1);
		assertThat(handler.all()).extracting(FeedItem::title).containsExactly("خبر 0");
	}

	/**
	 * A site's category feeds share their stories: each feed knows only its own rows, whatever the
	 * length of the list asked (lists are padded up to a power of two with their last key).
	 */
	@Test
	void shouldKnowOnlyTheFeedsOwnRowsOfAStoryManyFeedsOfASiteCarry() {
		FeedSource politics = new FeedSource("politics", URI.create("https://ofoq.example.com/politics/feed/"), 0,
				FeedFilter.NONE);
		FeedSource sports = new FeedSource("sports", URI.create("https://ofoq.example.com/sports/feed/"), 0,
				FeedFilter.NONE);
		ingest(politics, IntStream.rangeClosed(1, 40).mapToObj(FeedLedgerTests::story).toList(), true,
				new RecordingHandler());
		ingest(sports, IntStream.rangeClosed(1, 20).mapToObj(FeedLedgerTests::story).toList(), true,
				new RecordingHandler());

		for (int asked : List.of(1, 15, 16, 17, 33, 40)) {
			List<FeedItem> stories = IntStream.rangeClosed(40 - asked + 1, 40).mapToObj(FeedLedgerTests::story).toList();
			Set<String> sportsKnows = this.ledger.knownKeys("sports", stories.stream().map(FeedItem::key).toList());
			assertThat(sportsKnows).as("of %d asked", asked)
				.containsExactlyInAnyOrderElementsOf(stories.stream().map(FeedItem::key).filter((key) -> {
					int n = Integer.parseInt(key.substring(key.indexOf("p=") + 2));
					return n <= 20;
				}).toList());
			assertThat(this.ledger.knownLinkKeys("politics",
					stories.stream().map((story) -> ItemIdentity.linkKey(story.link())).toList()))
				.as("of %d asked", asked)
				.hasSize(asked);
		}

		RecordingHandler handler = new RecordingHandler();
		List<FeedItem> sportsNow = new ArrayList<>(IntStream.rangeClosed(1, 20).mapToObj(FeedLedgerTests::story).toList());
		sportsNow.add(0, story(30));
		ingest(sports, sportsNow, false, handler);
		assertThat(handler.all()).as("new to sports, though politics has it").extracting(FeedItem::title)
			.containsExactly("خبر 30");
	}

	/** About 10 s on an idle machine; without chunked lists and key indexes (V13), H2 took 11 minutes. */
	@Test
	@Timeout(value = 4, unit = TimeUnit.MINUTES)
	void shouldReadAFeedOfAHundredThousandItemsTwice() {
		FeedSource source = new FeedSource("huge", URI.create("https://ofoq.example.com/feed/"), 0, FeedFilter.NONE);
		List<FeedItem> items = new ArrayList<>(IntStream.rangeClosed(1, 100_000).mapToObj(FeedLedgerTests::story).toList());
		RecordingHandler handler = new RecordingHandler();
		assertThat(ingest(source, items, true, handler).updated()).isEqualTo(new PollOutcome.Updated("huge", 100_000, 0, 0, true));
		// The second read asks the ledger about 100,000 keys and 100,000 links: far more than one IN list may hold.
		items.add(0, story(0));
		assertThat(ingest(source, items, false, handler).updated())
			.isEqualTo(new PollOutcome.Updated("huge", 100_001, 1, 0, false));
		assertThat(handler.all()).extracting(FeedItem::key).containsExactly("https://ofoq.example.com/?p=0");
		assertThat(this.ledger.knownKeys("huge", List.of("https://ofoq.example.com/?p=100000"))).hasSize(1);
	}

}
