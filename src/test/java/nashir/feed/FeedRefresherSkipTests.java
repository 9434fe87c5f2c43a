package nashir.feed;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import nashir.TestClock;
import nashir.feed.FeedTestApplication.FeedSpringTest;
import nashir.feed.FeedTestApplication.RecordingHandler;
import nashir.feed.PollOutcome.Failed;
import nashir.feed.PollOutcome.NotModified;
import nashir.feed.PollOutcome.Unchanged;
import nashir.feed.PollOutcome.Updated;
import nashir.feed.TestFeeds.Item;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Unchanged work costs nothing: a body read before is not parsed, a body of known items is not
 * parsed, sanitised or handed on, and a healthy feed that has nothing new writes nothing.
 */
@FeedSpringTest
class FeedRefresherSkipTests {

	private static final AtomicInteger FEEDS = new AtomicInteger();

	@RegisterExtension
	static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@MockitoSpyBean
	private FeedReader reader;

	@MockitoSpyBean
	private FeedLedger ledger;

	@Autowired
	private FeedRefresher refresher;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	private final RecordingHandler handler = new RecordingHandler();

	private String feedId;

	private String path;

	@BeforeEach
	void newFeed() {
		this.clock.set(Instant.parse("2021-06-16T21:00:00Z"));
		this.feedId = "skip-" + FEEDS.incrementAndGet();
		this.path = "/" + this.feedId + "/feed/";
	}

	private void serve(String body, String etag) {
		var response = aResponse().withHeader("Content-Type", "application/rss+xml; charset=UTF-8").withBody(body);
		site.stubFor(get(this.path).willReturn(etag == null ? response : response.withHeader("ETag", etag)));
	}

	private PollOutcome poll() {
		return this.refresher.refresh(
				new FeedSource(this.feedId, URI.create(site.baseUrl() + this.path), 0, FeedFilter.NONE), this.handler);
	}

	/** The feed's whole row, to tell whether a poll wrote to it. */
	private Map<String, Object> row() {
		return this.jdbc.queryForMap("SELECT * FROM feed_state WHERE feed_id = ?", this.feedId);
	}

	/** The first poll reads the feed in full; the spy then counts only what follows. */
	private void firstPoll(String body, String etag) {
		serve(body, etag);
		assertThat(poll()).isInstanceOf(Updated.class);
		clearInvocations(this.reader);
		this.clock.advance(Duration.ofMinutes(5));
	}

	@Test
	void shouldNotParseABodyIdenticalToTheLastOneNorWriteAnything() throws FeedException {
		firstPoll(TestFeeds.rss(TestFeeds.items(1, 5)), null);
		Map<String, Object> before = row();
		assertThat(poll()).isEqualTo(new Unchanged(this.feedId, true));
		verify(this.reader, never()).parse(any());
		verify(this.reader, never()).scan(any());
		assertThat(row()).isEqualTo(before);
		assertThat(this.handler.batches).isEmpty();
	}

	@Test
	void shouldNotParseNorSanitiseABodyWhoseItemsAreAllKnownButRememberItsHash() throws FeedException {
		firstPoll(TestFeeds.rss(TestFeeds.items(1, 5)), null);
		// The channel changed, and a story was edited (WordPress bumps it): nothing new for the account.
		Item[] items = TestFeeds.items(1, 5);
		items[0] = items[0].withTitle("عاجل: انطلاق مؤتمر الحوار الوطني في صنعاء بمشاركة واسعة (محدث)");
		serve(TestFeeds.rss("<lastBuildDate>Wed, 16 Jun 2021 21:05:00 GMT</lastBuildDate>", items), null);
		assertThat(poll()).isEqualTo(new Unchanged(this.feedId, false));
		verify(this.reader, never()).parse(any());
		assertThat(this.handler.batches).isEmpty();
		assertThat(row().get("LAST_SUCCESS_AT")).isNotNull();
		// Its hash was stored: the same body again is not even scanned.
		clearInvocations(this.reader);
		assertThat(poll()).isEqualTo(new Unchanged(this.feedId, true));
		verify(this.reader, never()).scan(any());
	}

	@Test
	void shouldParseOnlyTheNewItemOfABodyWithOneNewItem() throws FeedException {
		firstPoll(TestFeeds.rss(TestFeeds.items(1, 5)), null);
		serve(TestFeeds.rss(TestFeeds.items(1, 6)), null);
		assertThat(poll()).isEqualTo(new Updated(this.feedId, 6, 1, 0, false));
		verify(this.reader, never()).parse(any());
		verify(this.reader, times(1)).parseNew(any(), any(), argThat((known) -> known.size() == 5));
		assertThat(this.handler.all()).extracting(FeedItem::guid).containsExactly("https://ofoq.example.com/?p=6");
	}

	/**
	 * A first read records all fifty items (with their titles, from the scan) and hands on its
	 * backlog: Rome parses the channel and those two items, each alone, never the whole body.
	 */
	@Test
	void shouldParseOnlyTheItemsHandedOnOfAFirstRead() throws FeedException {
		serve(TestFeeds.rss(TestFeeds.items(1, 50)), null);
		URI url = URI.create(site.baseUrl() + this.path);
		assertThat(this.refresher.refresh(new FeedSource(this.feedId, url, 2, FeedFilter.NONE), this.handler))
			.isEqualTo(new Updated(this.feedId, 50, 2, 0, true));

		verify(this.reader, never()).parse(any());
		verify(this.reader, times(2)).parseNew(any(), any(), argThat((others) -> others.size() == 49));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM feed_item WHERE feed_id = ? AND title LIKE 'خبر رقم %'",
				Integer.class, this.feedId)).isEqualTo(50);
		List<FeedItem> newestFirst = this.reader.read(url);
		assertThat(this.handler.all()).containsExactly(newestFirst.get(1), newestFirst.get(0));
		assertThat(this.handler.all()).extracting(FeedItem::guid).containsExactly(guid(49), guid(50));
	}

	/** The ledger writes a feed's items with its state, and deletes neither: a feed without state has no items to ask about. */
	@Test
	void shouldNotAskTheLedgerAboutTheItemsOfAFeedNeverRead() {
		serve(TestFeeds.rss(TestFeeds.items(1, 5)), null);
		assertThat(poll()).isEqualTo(new Updated(this.feedId, 5, 0, 0, true));
		verify(this.ledger, never()).knownKeys(any(), any());
		verify(this.ledger, never()).knownLinkKeys(any(), any());
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM feed_item WHERE feed_id = ?", Integer.class, this.feedId))
			.isEqualTo(5);
	}

	/** Rows written by hand for a feed with no state: the first read meets them, and reads again asking the ledger. */
	@Test
	void shouldRecordAFeedNeverReadWhoseItemsTheLedgerHoldsAlready() {
		this.jdbc.update("INSERT INTO feed_item (feed_id, item_key, link, title, first_seen_at) VALUES (?, ?, ?, ?, ?)",
				this.feedId, guid(3), TestFeeds.item(3).link(), TestFeeds.item(3).title(),
				Timestamp.from(Instant.parse("2021-06-16T20:00:00Z")));
		serve(TestFeeds.rss(TestFeeds.items(1, 5)), null);
		assertThat(this.refresher.refresh(
				new FeedSource(this.feedId, URI.create(site.baseUrl() + this.path), 5, FeedFilter.NONE), this.handler))
			.isEqualTo(new Updated(this.feedId, 5, 4, 0, true));
		assertThat(this.handler.all()).extracting(FeedItem::guid).containsExactly(guid(1), guid(2), guid(4), guid(5));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM feed_item WHERE feed_id = ?", Integer.class, this.feedId))
			.isEqualTo(5);
	}

	@Test
	void shouldAskTheDatabaseOnlyAboutKeysNoCommittedPollOfTheFeedHad() throws FeedException {
		firstPoll(TestFeeds.rss(TestFeeds.items(1, 5)), null);
		clearInvocations(this.ledger);
		serve(TestFeeds.rss(TestFeeds.items(1, 6)), null);

		assertThat(poll()).isEqualTo(new Updated(this.feedId, 6, 1, 0, false));
		// The scan's question, then the ingest's: both about the new story only.
		verify(this.ledger, times(2)).knownKeys(eq(this.feedId), eq(List.of(guid(6))));
		clearInvocations(this.ledger);
		serve(TestFeeds.rss("<lastBuildDate>Wed, 16 Jun 2021 21:05:00 GMT</lastBuildDate>", TestFeeds.items(1, 6)), null);
		assertThat(poll()).isEqualTo(new Unchanged(this.feedId, false));
		verify(this.ledger, never()).knownKeys(any(), any());
		serve(TestFeeds.rss(TestFeeds.items(1, 7)), null);
		assertThat(poll()).isEqualTo(new Updated(this.feedId, 7, 1, 0, false));

		verify(this.ledger, times(2)).knownKeys(eq(this.feedId), eq(List.of(guid(7))));
		verify(this.ledger, times(2)).knownKeys(any(), any());
		assertThat(this.handler.all()).extracting(FeedItem::guid).containsExactly(guid(6), guid(7));
	}

	private static String guid(int n) {
		return "https://ofoq.example.com/?p=" + n;
	}

	@Test
	void shouldParseAStoryRepublishedUnderANewGuid() throws FeedException {
		firstPoll(TestFeeds.rss(TestFeeds.items(1, 3)), null);
		// Its key is new, its link is not: the full path records the new key and hands nothing on.
		serve(TestFeeds.rss(TestFeeds.item(3).withGuid("https://ofoq.example.com/?p=303"), TestFeeds.item(2),
				TestFeeds.item(1)), null);
		assertThat(poll()).isEqualTo(new Updated(this.feedId, 3, 0, 0, false));
		verify(this.reader, times(1)).parseNew(any(), any(), argThat((known) -> known.size() == 2));
	}

	@Test
	void shouldWriteNothingForAHealthyFeedsNotModified() throws FeedException {
		site.stubFor(get(this.path).withHeader("If-None-Match", absent())
			.willReturn(aResponse().withHeader("ETag", "\"v1\"").withBody(TestFeeds.rss(TestFeeds.items(1, 3)))));
		site.stubFor(get(this.path).withHeader("If-None-Match", equalTo("\"v1\"")).willReturn(aResponse().withStatus(304)));
		assertThat(poll()).isInstanceOf(Updated.class);
		this.clock.advance(Duration.ofMinutes(5));
		Map<String, Object> before = row();
		assertThat(poll()).isEqualTo(new NotModified(this.feedId));
		assertThat(row()).isEqualTo(before);
	}

	@Test
	void shouldStillClearAFailureOnNotModified() throws FeedException {
		site.stubFor(get(this.path).withHeader("If-None-Match", absent())
			.willReturn(aResponse().withHeader("ETag", "\"v1\"").withBody(TestFeeds.rss(TestFeeds.items(1, 3)))));
		poll();
		site.stubFor(get(this.path).withHeader("If-None-Match", equalTo("\"v1\"")).willReturn(aResponse().withStatus(503)));
		assertThat(poll()).isInstanceOf(Failed.class);
		this.clock.advance(Duration.ofMinutes(2));
		site.stubFor(get(this.path).withHeader("If-None-Match", equalTo("\"v1\"")).willReturn(aResponse().withStatus(304)));
		assertThat(poll()).isEqualTo(new NotModified(this.feedId));
		FeedHealth health = this.refresher.health(this.feedId).orElseThrow();
		assertThat(health.healthy()).isTrue();
		assertThat(health.lastError()).isNull();
		assertThat(health.retryAt()).isNull();
	}

	@Test
	void shouldStillClearAFailureOnAnUnchangedBody() throws FeedException {
		String body = TestFeeds.rss(TestFeeds.items(1, 3));
		firstPoll(body, null);
		site.stubFor(get(this.path).willReturn(aResponse().withStatus(500)));
		assertThat(poll()).isInstanceOf(Failed.class);
		this.clock.advance(Duration.ofMinutes(2));
		serve(body, null);
		assertThat(poll()).isEqualTo(new Unchanged(this.feedId, true));
		assertThat(this.refresher.health(this.feedId).orElseThrow().healthy()).isTrue();
		verify(this.reader, never()).parse(any());
	}

	@Test
	void shouldStoreNewValidatorsOfAnUnchangedBody() throws FeedException {
		String body = TestFeeds.rss(TestFeeds.items(1, 3));
		firstPoll(body, "\"v1\"");
		serve(body, "\"v2\"");
		assertThat(poll()).isEqualTo(new Unchanged(this.feedId, true));
		// WireMock gzips the body and says so in the ETag ("v2--gzip").
		assertThat((String) row().get("ETAG")).startsWith("\"v2");
	}

	@Test
	void shouldReadAFeedInFullAgainWhenItsUrlChanged() throws FeedException {
		String body = TestFeeds.rss(TestFeeds.items(1, 3));
		firstPoll(body, null);
		String moved = "/" + this.feedId + "/moved/";
		site.stubFor(get(moved).willReturn(aResponse().withBody(body)));
		PollOutcome outcome = this.refresher.refresh(
				new FeedSource(this.feedId, URI.create(site.baseUrl() + moved), 0, FeedFilter.NONE), this.handler);
		assertThat(outcome).isEqualTo(new Updated(this.feedId, 3, 0, 0, true));
		// A first read again: every item taken from the scan, as the first poll did.
		verify(this.reader, times(1)).parseFirst(any(), any());
	}

}
