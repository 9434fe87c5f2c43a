package nashir.feed;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.MeterRegistry;
import nashir.feed.FeedTestApplication.FeedSpringTest;
import nashir.PublishedEvents;
import nashir.TestClock;
import nashir.feed.FeedTestApplication.RecordingHandler;
import nashir.feed.PollOutcome.BackedOff;
import nashir.feed.PollOutcome.Failed;
import nashir.feed.PollOutcome.NotModified;
import nashir.feed.PollOutcome.Unchanged;
import nashir.feed.PollOutcome.Updated;
import nashir.feed.TestFeeds.Item;
import nashir.text.Reason;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

@FeedSpringTest
class FeedRefresherTests {

	private static final AtomicInteger FEEDS = new AtomicInteger();

	@RegisterExtension
	static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Autowired
	private FeedRefresher refresher;

	@Autowired
	private TestClock clock;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ConfigurableApplicationContext context;

	private static final java.time.OffsetDateTime NOW = java.time.OffsetDateTime.parse("2021-06-16T21:00:00Z");

	private final RecordingHandler handler = new RecordingHandler();

	private String feedId;

	private String path;

	@BeforeEach
	void newFeed() {
		this.clock.set(Instant.parse("2021-06-16T21:00:00Z"));
		this.feedId = "ofoq-" + FEEDS.incrementAndGet();
		this.path = "/" + this.feedId + "/feed/";
	}

	private FeedSource source(int backlog, FeedFilter filter) {
		return new FeedSource(this.feedId, URI.create(site.baseUrl() + this.path), backlog, filter);
	}

	private void serve(Item... items) {
		site.stubFor(get(this.path).willReturn(aResponse().withHeader("Content-Type", "application/rss+xml; charset=UTF-8")
			.withBody(TestFeeds.rss(items))));
	}

	private PollOutcome poll(int backlog) {
		return this.refresher.refresh(source(backlog, FeedFilter.NONE), this.handler);
	}

	private List<String> handedGuids() {
		return this.handler.all().stream().map(FeedItem::guid).toList();
	}

	private static List<String> guids(int... numbers) {
		return java.util.Arrays.stream(numbers).mapToObj((n) -> "https://ofoq.example.com/?p=" + n).toList();
	}

	@Test
	void shouldRecordEverythingOnTheFirstPollAndHandOnNothingByDefault() {
		serve(TestFeeds.items(1, 5));
		assertThat(poll(0)).isEqualTo(new Updated(this.feedId, 5, 0, 0, true));
		assertThat(poll(0)).isEqualTo(new Unchanged(this.feedId, true));
		assertThat(this.handler.batches).isEmpty();
	}

	@Test
	void shouldHandOnOnlyTheNewestBacklogOnTheFirstPollOldestFirst() {
		serve(TestFeeds.items(1, 5));
		assertThat(poll(2)).isEqualTo(new Updated(this.feedId, 5, 2, 0, true));
		assertThat(handedGuids()).isEqualTo(guids(4, 5));
		assertThat(this.handler.calledOutsideTransaction).isFalse();
	}

	@Test
	void shouldHandOnEveryNewItemOldestFirstNotOnlyTheFirstFew() {
		serve(TestFeeds.items(1, 5));
		poll(0);
		serve(TestFeeds.items(1, 45));
		assertThat(poll(0)).isEqualTo(new Updated(this.feedId, 45, 40, 0, false));
		assertThat(handedGuids()).isEqualTo(java.util.stream.IntStream.rangeClosed(6, 45)
			.mapToObj((n) -> "https://ofoq.example.com/?p=" + n)
			.toList());
	}

	@Test
	void shouldOrderNewItemsByDateThenByFeedOrder() {
		serve(TestFeeds.item(1));
		poll(0);
		Instant sameTime = TestFeeds.START.plusSeconds(3600);
		serve(TestFeeds.item(2).withDate(sameTime), TestFeeds.item(3).withDate(sameTime), TestFeeds.item(4),
				TestFeeds.item(5).withDate(TestFeeds.START.plusSeconds(7200)));
		poll(0);
		// 4 is oldest by date; 2 and 3 share a date and the feed lists 2 above 3, i.e. 2 is newer.
		assertThat(handedGuids()).isEqualTo(guids(4, 3, 2, 5));
	}

	@Test
	void shouldNotHandOnAnItemWordPressBumped() {
		serve(TestFeeds.items(1, 3));
		poll(0);
		serve(TestFeeds.item(3).withTitle("عنوان معدل للخبر الثالث").withDate(TestFeeds.START.plusSeconds(99_999)),
				TestFeeds.item(2), TestFeeds.item(1));
		assertThat(poll(0)).isEqualTo(new Unchanged(this.feedId, false));
		assertThat(this.handler.batches).isEmpty();
	}

	@Test
	void shouldHandOnOneStoryUnderTwoGuidsOnce() {
		serve(TestFeeds.items(1, 3));
		poll(0);
		Item story = TestFeeds.item(4);
		serve(story, TestFeeds.item(3));
		poll(0);
		Item republished = story.withGuid("https://ofoq.example.com/?p=99904")
			.withLink("https://OFOQ.example.com/2021/06/16/خبر-4?utm_source=rss&utm_medium=feed#more");
		// The ledger knows the link: a later document with only the second guid hands on nothing.
		serve(republished, TestFeeds.item(3));
		assertThat(poll(0)).isEqualTo(new Updated(this.feedId, 2, 0, 0, false));
		assertThat(handedGuids()).isEqualTo(guids(4));
	}

	@Test
	void shouldTakeANewBaselineWhenTheFeedUrlChanges() {
		serve(TestFeeds.items(1, 3));
		poll(0);
		String newPath = this.path + "moved/";
		site.stubFor(get(newPath).willReturn(aResponse().withBody(TestFeeds.rss(TestFeeds.items(10, 20)))));
		FeedSource moved = new FeedSource(this.feedId, URI.create(site.baseUrl() + newPath), 1, FeedFilter.NONE);
		assertThat(this.refresher.refresh(moved, this.handler)).isEqualTo(new Updated(this.feedId, 11, 1, 0, true));
		assertThat(handedGuids()).isEqualTo(guids(20));
		assertThat(this.refresher.health(this.feedId).orElseThrow().url()).isEqualTo(moved.url());
	}

	@Test
	void shouldSendTheStoredValidatorsAndSkipParsingOn304() {
		site.stubFor(get(this.path).withHeader("If-None-Match", absent())
			.willReturn(aResponse().withHeader("ETag", "\"v1\"")
				.withHeader("Last-Modified", "Wed, 16 Jun 2021 20:00:00 GMT")
				.withBody(TestFeeds.rss(TestFeeds.items(1, 3)))));
		site.stubFor(get(this.path).withHeader("If-None-Match", equalTo("\"v1\""))
			.withHeader("If-Modified-Since", equalTo("Wed, 16 Jun 2021 20:00:00 GMT"))
			.willReturn(aResponse().withStatus(304)));
		poll(0);
		double updated = this.meters.counter("nashir.feed.polls", "result", "updated").count();
		double notModified = this.meters.counter("nashir.feed.polls", "result", "not_modified").count();
		assertThat(poll(0)).isEqualTo(new NotModified(this.feedId));
		assertThat(this.meters.counter("nashir.feed.polls", "result", "not_modified").count()).isEqualTo(notModified + 1);
		assertThat(this.meters.counter("nashir.feed.polls", "result", "updated").count()).isEqualTo(updated);
	}

	@Test
	void shouldCountNewItems() {
		serve(TestFeeds.items(1, 2));
		poll(0);
		double before = this.meters.counter("nashir.feed.items.new").count();
		serve(TestFeeds.items(1, 5));
		poll(0);
		assertThat(this.meters.counter("nashir.feed.items.new").count()).isEqualTo(before + 3);
	}

	@Test
	void shouldKeepAClearLastErrorAndBackOffThenRecoverByItself() {
		site.stubFor(get(this.path).willReturn(aResponse().withHeader("Content-Type", "text/html")
			.withBody(TestFeeds.bytes("html-page.html"))));
		String error = "feed \"" + this.feedId + "\": " + site.baseUrl() + this.path
				+ ": the server sent an HTML page, not a feed";
		assertThat(poll(0)).isEqualTo(new Failed(this.feedId, error));
		FeedHealth health = this.refresher.health(this.feedId).orElseThrow();
		assertThat(health.consecutiveFailures()).isEqualTo(1);
		assertThat(health.lastError()).isEqualTo(error);
		assertThat(health.retryAt()).isEqualTo(this.clock.instant().plusSeconds(60));

		assertThat(poll(0)).isEqualTo(new BackedOff(this.feedId, this.clock.instant().plusSeconds(60)));
		site.verify(1, getRequestedFor(urlEqualTo(this.path)));

		this.clock.advance(Duration.ofSeconds(61));
		assertThat(poll(0)).isInstanceOf(Failed.class);
		assertThat(this.refresher.health(this.feedId).orElseThrow().retryAt())
			.isEqualTo(this.clock.instant().plusSeconds(120));

		serve(TestFeeds.items(1, 2));
		this.clock.advance(Duration.ofSeconds(121));
		assertThat(poll(0)).isInstanceOf(Updated.class);
		health = this.refresher.health(this.feedId).orElseThrow();
		assertThat(health.healthy()).isTrue();
		assertThat(health.lastError()).isNull();
		assertThat(health.retryAt()).isNull();
		assertThat(health.lastSuccessAt()).isEqualTo(this.clock.instant());
		assertThat(this.refresher.health()).extracting(FeedHealth::feedId).contains(this.feedId);
	}

	@Test
	void shouldPublishEachFailedPollAndOneRecovery() {
		try (PublishedEvents published = PublishedEvents.listen(this.context)) {
			site.stubFor(get(this.path).willReturn(aResponse().withStatus(500)));
			poll(0);
			this.clock.advance(Duration.ofMinutes(2));
			poll(0);
			serve(TestFeeds.items(1, 2));
			this.clock.advance(Duration.ofMinutes(5));
			poll(0);
			Instant recoveredAt = this.clock.instant();
			this.clock.advance(Duration.ofMinutes(5));
			poll(0);

			assertThat(published.of(FeedPollFailed.class)).filteredOn((event) -> event.feedId().equals(this.feedId))
				.allSatisfy((event) -> assertThat(event.error()).startsWith("feed \"" + this.feedId + "\": ")
					.endsWith(": the server answered HTTP 500"))
				.extracting(FeedPollFailed::consecutiveFailures)
				.containsExactly(1, 2);
			assertThat(published.of(FeedRecovered.class)).filteredOn((event) -> event.feedId().equals(this.feedId))
				.containsExactly(new FeedRecovered(this.feedId, 2, recoveredAt));
		}
	}

	@Test
	void shouldCapTheBackOffAtOneHour() {
		site.stubFor(get(this.path).willReturn(aResponse().withStatus(500)));
		for (int i = 0; i < 9; i++) {
			poll(0);
			this.clock.advance(Duration.ofHours(2));
		}
		FeedHealth health = this.refresher.health(this.feedId).orElseThrow();
		assertThat(health.consecutiveFailures()).isEqualTo(9);
		assertThat(health.lastError()).endsWith(": the server answered HTTP 500");
		assertThat(health.retryAt()).isEqualTo(this.clock.instant().minus(Duration.ofHours(2)).plus(Duration.ofHours(1)));
	}

	@Test
	void shouldHonourRetryAfter() {
		site.stubFor(get(this.path).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "7200")));
		poll(0);
		assertThat(poll(0)).isEqualTo(new BackedOff(this.feedId, this.clock.instant().plusSeconds(7200)));
	}

	@Test
	void shouldRecordNothingWhenTheQueueIsUnavailable() {
		serve(TestFeeds.items(1, 2));
		poll(0);
		serve(TestFeeds.items(1, 4));
		this.handler.failing = true;
		assertThat(poll(0)).isInstanceOf(Failed.class);
		this.handler.clear();
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(poll(0)).isEqualTo(new Updated(this.feedId, 4, 2, 0, false));
		assertThat(handedGuids()).isEqualTo(guids(3, 4));
	}

	@Test
	void shouldRecordFilteredItemsWithoutHandingThemOn() {
		serve(TestFeeds.items(1, 2));
		FeedFilter noSport = new FeedFilter(List.of(), List.of("رياضة"), List.of(), List.of(Pattern.compile("حظك اليوم")),
				Duration.ofHours(24));
		FeedSource source = source(0, noSport);
		this.refresher.refresh(source, this.handler);
		serve(TestFeeds.item(6).withTitle("حظك اليوم: برج الحمل"), TestFeeds.item(5).withCategories("رياضة"),
				TestFeeds.item(4), TestFeeds.item(3).withDate(Instant.parse("2021-06-01T00:00:00Z")), TestFeeds.item(2),
				TestFeeds.item(1));
		assertThat(this.refresher.refresh(source, this.handler)).isEqualTo(new Updated(this.feedId, 6, 1, 3, false));
		assertThat(handedGuids()).isEqualTo(guids(4));
		assertThat(this.refresher.refresh(source, this.handler)).isEqualTo(new Unchanged(this.feedId, true));
	}

	@Test
	void shouldHandOnTheNeighboursOfAnItemTheQueueRefusesAndNameIt() {
		serve(TestFeeds.items(1, 2));
		poll(0);
		serve(TestFeeds.items(1, 5));
		this.handler.refusedGuid = "https://ofoq.example.com/?p=4";
		assertThat(poll(0)).isEqualTo(new Updated(this.feedId, 5, 2, 0, false));
		assertThat(handedGuids()).isEqualTo(guids(3, 5));
		FeedHealth health = this.refresher.health(this.feedId).orElseThrow();
		assertThat(health.healthy()).isTrue();
		assertThat(health.notice()).isEqualTo("1 new item could not be handed on (named with the feed)");
		assertThat(health.noticeAt()).isEqualTo(this.clock.instant());
		assertThat(health.failedItems()).singleElement().satisfies((failure) -> {
			assertThat(failure.key()).isEqualTo("https://ofoq.example.com/?p=4");
			assertThat(failure.title()).isEqualTo("خبر رقم 4 عن الاقتصاد");
			Reason reason = Reason.read(failure.reason());
			assertThat(reason.key()).isEqualTo("feed.item.failed");
			assertThat(reason.args()).containsExactly("DataIntegrityViolationException");
			assertThat(reason.english()).startsWith("DataIntegrityViolationException: Value too long for column");
			assertThat(failure.failedAt()).isEqualTo(this.clock.instant());
		});
		// Recorded as seen: the next poll neither retries it nor loses anything else.
		this.handler.clear();
		assertThat(poll(0)).isEqualTo(new Unchanged(this.feedId, true));
	}

	@Test
	void shouldQueueAStoryWhoseTitleIsLongerThanAnyColumnWithItsNeighbours() {
		serve(TestFeeds.items(1, 2));
		poll(0);
		String endless = "عاجل: ".repeat(500) + "نهاية";
		serve(TestFeeds.item(5), TestFeeds.item(4).withTitle(endless), TestFeeds.item(3), TestFeeds.item(2),
				TestFeeds.item(1));
		List<String> queued = new java.util.ArrayList<>();
		NewItemsHandler queue = (source, items) -> items.forEach((item) -> {
			// As PostQueue stores a story: its title and link in the post table's columns.
			this.jdbc.update("INSERT INTO post (schedule_id, account, item_key, title, link, text, status, due_at, "
					+ "detected_at, created_at, updated_at) VALUES (?, 'main', ?, ?, ?, ?, 'QUEUED', ?, ?, ?, ?)",
					this.feedId, item.key(), item.title(), item.link().toString(), "نص", NOW, NOW, NOW, NOW);
			queued.add(item.title());
		});
		assertThat(this.refresher.refresh(source(0, FeedFilter.NONE), queue))
			.isEqualTo(new Updated(this.feedId, 5, 3, 0, false));
		assertThat(queued).hasSize(3);
		assertThat(queued.get(1)).hasSize(1_000).startsWith("عاجل: عاجل:");
		assertThat(this.refresher.health(this.feedId).orElseThrow().failedItems()).isEmpty();
	}

	@Test
	void shouldHandOnOnlyTheNewestItemsOfAPollBeyondTheLimitAndSaySo() {
		serve(TestFeeds.items(1, 2));
		poll(0);
		serve(TestFeeds.items(1, 602));
		assertThat(poll(0)).isEqualTo(new Updated(this.feedId, 602, 500, 0, false));
		assertThat(handedGuids()).hasSize(500)
			.startsWith("https://ofoq.example.com/?p=103")
			.endsWith("https://ofoq.example.com/?p=602");
		assertThat(this.refresher.health(this.feedId).orElseThrow().notice()).isEqualTo(
				"600 new items were more than nashir.feed.max-items-per-poll (500): the 100 oldest were recorded as seen, not posted");
		this.handler.clear();
		assertThat(poll(0)).isEqualTo(new Unchanged(this.feedId, true));
	}

	@Test
	void shouldHandOnEachStoryOfADocumentOnceWhateverItsDuplicates() {
		site.stubFor(get(this.path).willReturn(aResponse().withHeader("Content-Type", "application/rss+xml")
			.withBody(TestFeeds.bytes("arabic-duplicates.xml"))));
		assertThat(poll(10)).isEqualTo(new Updated(this.feedId, 3, 3, 0, true));
		assertThat(this.handler.all()).extracting(FeedItem::title)
			.containsExactly("أمطار غزيرة على المرتفعات الغربية", "انطلاق موسم الحصاد في تهامة",
					"البنك المركزي يرفع سعر الفائدة (محدث)");
	}

}
