package nashir.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import nashir.TestClock;
import nashir.queue.Timestamps;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sweep as nodes run it, driven step by step with the test clock: when schedules poll, which
 * node polls them, and what a site's answer does to the next poll.
 */
@ScheduleTest
class FeedSweepTests {

	static final Instant T = Instant.parse("2026-11-29T08:00:00Z");

	@RegisterExtension
	static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path dir;

	@Autowired
	Schedules.Factory factory;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	Schedules schedules;

	@BeforeEach
	void site() throws IOException {
		clock.set(T);
		schedules = factory.in(dir);
		site.stubFor(get(urlPathMatching("/.*")).willReturn(aResponse().withHeader("Content-Type", "application/rss+xml")
			.withBody(Files.readString(Path.of("src/test/resources/feeds/arabic-wordpress.xml")))));
	}

	@Test
	void shouldPollANewScheduleWithinFiveSecondsAndSpreadManyOverThirty() throws Exception {
		feed("new-1", "60s");
		schedules.sync.sync();
		assertThat(schedules.row("new-1").nextPollAt()).isBetween(T, T.plusSeconds(5));
		FeedSweep sweep = schedules.sweep("node-a");
		clock.set(schedules.row("new-1").nextPollAt());
		assertThat(Schedules.sweepAndWait(sweep)).isEqualTo(1);
		site.verify(1, getRequestedFor(urlEqualTo("/new-1")));

		for (int i = 0; i < 1000; i++) {
			feed("many-" + i, "60s");
		}
		schedules.sync.sync();
		List<Instant> firsts = schedules.table.rows().stream().filter(row -> row.id().startsWith("many-"))
			.map(ScheduleTable.Row::nextPollAt).sorted().toList();
		assertThat(firsts).hasSize(1000).allSatisfy(first -> assertThat(first).isBetween(clock.instant(),
				clock.instant().plusSeconds(30)));
		assertThat(Duration.between(firsts.get(0), firsts.get(999))).isGreaterThan(Duration.ofSeconds(5));
	}

	@Test
	void shouldApplyAChangedScheduleAndKeepItsPhaseWhileItsIntervalStays() throws Exception {
		feed("change", "60s");
		schedules.sync.sync();
		ScheduleTable.Row before = schedules.row("change");

		clock.advance(Duration.ofSeconds(7));
		schedules.write("change.yml", yaml("change", "60s") + "account: paced\n");
		schedules.sync.sync();
		assertThat(schedules.row("change").timing()).isEqualTo(before.timing());
		assertThat(schedules.row("change").nextPollAt()).isEqualTo(before.nextPollAt());
		assertThat(schedules.catalog.find("change").orElseThrow().accounts()).containsExactly("paced");

		schedules.write("change.yml", yaml("change", "120s"));
		schedules.sync.sync();
		ScheduleTable.Row after = schedules.row("change");
		assertThat(after.timing().everyMs()).isEqualTo(120_000);
		assertThat(after.nextPollAt()).isBetween(clock.instant(), clock.instant().plusSeconds(5));

		clock.set(after.nextPollAt());
		Schedules.sweepAndWait(schedules.sweep("node-a"));
		assertThat(schedules.row("change").nextPollAt()).isEqualTo(after.nextPollAt().plusSeconds(120));
	}

	@Test
	void shouldStopPollingARemovedSchedule() throws Exception {
		feed("gone", "60s");
		schedules.sync.sync();
		Files.delete(dir.resolve("gone.yml"));
		schedules.sync.sync();

		clock.advance(Duration.ofMinutes(5));
		assertThat(Schedules.sweepAndWait(schedules.sweep("node-a"))).isZero();
		site.verify(0, getRequestedFor(urlEqualTo("/gone")));
	}

	@Test
	void shouldNotPollAPausedScheduleAndPollAtOnceWhenAsked() throws Exception {
		feed("paused", "60s");
		schedules.sync.sync();
		schedules.table.setPaused("paused", true);
		FeedSweep sweep = schedules.sweep("node-a");
		clock.advance(Duration.ofMinutes(5));
		assertThat(Schedules.sweepAndWait(sweep)).isZero();

		schedules.table.setPaused("paused", false);
		schedules.table.dueNow("paused", clock.instant());
		assertThat(Schedules.sweepAndWait(sweep)).isEqualTo(1);
	}

	@Test
	void shouldFireACronScheduleOnTimeInItsZone() throws Exception {
		// 08:00 UTC is 11:00 in Aden (UTC+3): the next 09:00 there is tomorrow, 06:00 UTC.
		schedules.write("morning.yml", "feed: " + url("morning") + "\ncron: \"0 0 9 * * ?\"\ntime-zone: Asia/Aden\n"
				+ "site: \"صحيفة الثورة\"\n");
		schedules.sync.sync();
		Instant nine = Instant.parse("2026-11-30T06:00:00Z");
		assertThat(schedules.row("morning").nextPollAt()).isEqualTo(nine);
		FeedSweep sweep = schedules.sweep("node-a");

		clock.set(nine.minusSeconds(1));
		assertThat(Schedules.sweepAndWait(sweep)).isZero();
		clock.set(nine);
		assertThat(Schedules.sweepAndWait(sweep)).isEqualTo(1);
		assertThat(schedules.row("morning").nextPollAt()).isEqualTo(nine.plus(Duration.ofDays(1)));
	}

	@Test
	void shouldKeepPhasesAcrossARestartAndAnotherNode() throws Exception {
		for (int i = 0; i < 5; i++) {
			feed("phase-" + i, "60s");
		}
		schedules.sync.sync();
		Map<String, PollTiming> before = timings();

		clock.advance(Duration.ofSeconds(17));
		schedules.restartedSync().sync();
		assertThat(timings()).isEqualTo(before);

		clock.advance(Duration.ofMinutes(3));
		Schedules.sweepAndWait(schedules.sweep("node-b", new SweepSettings(8, 8, Schedules.LEASE, false)));
		for (ScheduleTable.Row row : schedules.table.rows()) {
			assertThat(Math.floorMod(row.nextPollAt().toEpochMilli(), 60_000L)).as(row.id())
				.isEqualTo(before.get(row.id()).phaseMs());
			assertThat(row.nextPollAt()).isBetween(clock.instant(), clock.instant().plusSeconds(60));
		}
	}

	@Test
	void shouldTakeOverTheSchedulesOfANodeKilledMidClaim() throws Exception {
		feed("orphan", "60s");
		schedules.sync.sync();
		clock.set(schedules.row("orphan").nextPollAt());
		assertThat(schedules.claims("node-killed").claim(List.of(), 8, clock.instant(), due -> due)).hasSize(1);

		FeedSweep survivor = schedules.sweep("node-b");
		assertThat(Schedules.sweepAndWait(survivor)).as("within the dead node's lease").isZero();
		clock.advance(Schedules.LEASE.plusSeconds(1));
		assertThat(Schedules.sweepAndWait(survivor)).isEqualTo(1);
		site.verify(1, getRequestedFor(urlEqualTo("/orphan")));
	}

	/**
	 * A node far behind (after a pause, a restart, more feeds than it can poll) still reads only the
	 * first due schedules per claim: H2 locked every due row before the limit, 65–120 ms a claim at
	 * 20,000, so the further behind, the slower it caught up.
	 */
	@Test
	void shouldReadOnlyTheFirstDueSchedulesOfALongBacklog() {
		Instant now = clock.instant();
		for (int i = 0; i < 500; i++) {
			schedules.table.insert(new ScheduleTable.NewSchedule("backlog-" + i, ScheduleTable.FILE,
					"feed: https://ofoq.example.com/" + i + "/feed/", "hash-" + i, true, new PollTiming(60_000L, 0L, null, null),
					now.minusSeconds(500 - i)), now);
		}
		ScheduleClaims claims = schedules.claims("node-a");

		String plan = jdbc.queryForObject("EXPLAIN ANALYZE " + claims.dueQuery(), String.class, Timestamps.utc(now),
				Timestamps.utc(now), 32);

		assertThat(plan).contains("index sorted").contains("scanCount: 32");
		assertThat(claims.claim(List.of(), 8, now, due -> due)).extracting(ScheduleClaims.Due::id)
			.as("the oldest due first").startsWith("backlog-0", "backlog-1").hasSize(32);
	}

	@Test
	void shouldWriteFinishedPollsBeforeTheClaimThatFollowsThem() throws Exception {
		feed("done", "60s");
		feed("still-polling", "60s");
		schedules.sync.sync();
		clock.advance(Duration.ofSeconds(30));
		ScheduleClaims claims = schedules.claims("node-a");
		List<ScheduleClaims.Due> won = claims.claim(List.of(), 8, clock.instant(), due -> due);
		assertThat(won).extracting(ScheduleClaims.Due::id).containsExactlyInAnyOrder("done", "still-polling");

		ScheduleClaims.Due done = won.stream().filter(due -> due.id().equals("done")).findFirst().orElseThrow();
		Instant next = clock.instant().plusSeconds(60);
		assertThat(claims.claim(List.of(new ScheduleClaims.Result(done, clock.instant(), next, "not modified")), 8,
				clock.instant(), due -> due)).as("one not due any more, the other still claimed").isEmpty();
		assertThat(schedules.row("done")).satisfies(row -> {
			assertThat(row.lastOutcome()).isEqualTo("not modified");
			assertThat(row.nextPollAt()).isEqualTo(next);
		});
		clock.set(next);
		assertThat(schedules.claims("node-b").claim(List.of(), 8, clock.instant(), due -> due))
			.as("let go: another node may take it").extracting(ScheduleClaims.Due::id).contains("done");
	}

	@Test
	void shouldPollASiteNoMoreThanItsLimitAtOnce() throws Exception {
		schedules.write("local.yml", "feed: file:src/test/resources/feeds/arabic-wordpress.xml\nevery: 60s\n");
		dueSiteOfFeeds("slow", 1000, 3);
		FeedSweep sweep = schedules.sweep("node-a");

		assertThat(sweep.runOnce()).as("two of the slow site, and the other site").isEqualTo(3);
		sweep.drain(Duration.ofSeconds(20));
		assertThat(schedules.table.rows().stream().filter(row -> row.lastPollAt() == null)).singleElement().satisfies(row -> assertThat(row.nextPollAt()).isBefore(clock.instant()));

		assertThat(Schedules.sweepAndWait(sweep)).as("its turn at the next sweep").isEqualTo(1);
		site.verify(3, getRequestedFor(urlPathMatching("/slow-.*")));
	}

	@Test
	void shouldTakeASitesNextPollAsSoonAsOneOfItsPollsEnds() throws Exception {
		dueSiteOfFeeds("one-site", 100, 6);
		FeedSweep sweep = schedules.sweep("node-a", new SweepSettings(4, 1, Schedules.LEASE, true));

		// Waiting for the idle tick between two polls of the site would take five seconds.
		assertThat(runUntilPolled(sweep, "one-site", 6)).as("six polls of one site, one at a time")
			.isLessThan(Duration.ofSeconds(4));
		site.verify(6, getRequestedFor(urlPathMatching("/one-site-.*")));
	}

	/**
	 * One claim serves a quick site's next polls: twice its limit are claimed together, and the
	 * held ones wait for a running one to end, so the site still sees no more than its limit at once.
	 */
	@Test
	void shouldHoldTwiceAQuickSitesLimitFromOneClaimAndRunItsLimitAtOnce() throws Exception {
		dueSiteOfFeeds("quick", 500, 6);
		FeedSweep sweep = schedules.sweep("node-a");
		assertThat(Schedules.sweepAndWait(sweep)).as("a site not yet timed: its limit").isEqualTo(2);

		long started = System.nanoTime();
		assertThat(sweep.runOnce()).as("it answered within a quarter of the lease: twice its limit").isEqualTo(4);
		sweep.drain(Duration.ofSeconds(20));

		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("four polls of 0.5 s, two at a time")
			.isGreaterThanOrEqualTo(Duration.ofMillis(1000));
		site.verify(6, getRequestedFor(urlPathMatching("/quick-.*")));
	}

	/**
	 * A held poll starts in the place of a running one without a claim of its own, and the sweep is
	 * woken for a site's next claim only once none of its polls is held: one claim then serves
	 * several of a busy site's polls, where every poll's end used to make one.
	 */
	@Test
	void shouldClaimABusySitesPollsSeveralAtATime() throws Exception {
		dueSiteOfFeeds("busy", 100, 12);
		AtomicInteger claimsWon = new AtomicInteger();
		ScheduleClaims counted = new ScheduleClaims(jdbc, transactions, "node-a", Schedules.LEASE) {
			@Override
			List<Due> claim(List<Result> finished, int most, Instant now, UnaryOperator<List<Due>> choose) {
				List<Due> won = super.claim(finished, most, now, choose);
				if (!won.isEmpty()) {
					claimsWon.incrementAndGet();
				}
				return won;
			}
		};
		FeedSweep sweep = schedules.sweep(counted, new SweepSettings(4, 2, Schedules.LEASE, true));

		runUntilPolled(sweep, "busy", 12);
		site.verify(12, getRequestedFor(urlPathMatching("/busy-.*")));
		assertThat(claimsWon).as("claims for twelve polls of one site, two at a time").hasValueLessThanOrEqualTo(8);
	}

	/** A held poll must start within half its lease: a site slower than a quarter of it is held only to its limit. */
	@Test
	void shouldHoldASlowSitesPollsOnlyUpToItsLimit() throws Exception {
		dueSiteOfFeeds("slow", 600, 6);
		FeedSweep sweep = schedules.sweep("node-a", new SweepSettings(8, 2, Duration.ofSeconds(2), false));

		assertThat(Schedules.sweepAndWait(sweep)).isEqualTo(2);
		assertThat(Schedules.sweepAndWait(sweep)).as("0.6 s is more than a quarter of a 2 s lease").isEqualTo(2);
	}

	@Test
	void shouldClaimAPoolsWorthOfPollsInOneClaim() throws Exception {
		for (int i = 0; i < 12; i++) {
			feed("batch-" + i, "60s");
		}
		schedules.sync.sync();
		clock.advance(Duration.ofSeconds(30));
		FeedSweep sweep = schedules.sweep("node-a", new SweepSettings(2, 10, Schedules.LEASE, false));

		assertThat(sweep.runOnce()).as("four polls in hand per thread, claimed together").isEqualTo(8);
		assertThat(sweep.runOnce()).as("no claim until half of them are done").isZero();
		sweep.drain(Duration.ofSeconds(20));
		site.verify(8, getRequestedFor(urlPathMatching("/batch-.*")));
	}

	@Test
	void shouldLeaveAClaimedPollThatWaitedPastHalfItsLeaseForTheNextClaim() throws Exception {
		site.stubFor(get(urlEqualTo("/slow")).willReturn(aResponse().withFixedDelay(1500)
			.withHeader("Content-Type", "application/rss+xml")
			.withBody(Files.readString(Path.of("src/test/resources/feeds/arabic-wordpress.xml")))));
		feed("slow", "60s");
		schedules.sync.sync();
		clock.set(schedules.row("slow").nextPollAt());
		feed("waiting", "60s");
		schedules.sync.sync();
		clock.set(schedules.row("waiting").nextPollAt().isAfter(clock.instant()) ? schedules.row("waiting").nextPollAt()
				: clock.instant());
		FeedSweep sweep = schedules.sweep("node-a", new SweepSettings(1, 10, Schedules.LEASE, false));

		assertThat(sweep.runOnce()).isEqualTo(2);
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (site.findAll(getRequestedFor(urlEqualTo("/slow"))).isEmpty() && System.nanoTime() < until) {
			Thread.sleep(10);
		}
		clock.advance(Schedules.LEASE.dividedBy(2).plusSeconds(1));
		sweep.drain(Duration.ofSeconds(20));

		site.verify(0, getRequestedFor(urlEqualTo("/waiting")));
		assertThat(schedules.row("waiting").lastPollAt()).as("not polled, its claim left to run out").isNull();
		clock.advance(Schedules.LEASE);
		assertThat(Schedules.sweepAndWait(schedules.sweep("node-b"))).isEqualTo(2);
		site.verify(1, getRequestedFor(urlEqualTo("/waiting")));
	}

	@Test
	void shouldPollAgainWhenTheSiteSaysAfterRetryAfter() throws Exception {
		site.stubFor(get(urlEqualTo("/busy")).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "3600")));
		feed("busy", "60s");
		schedules.sync.sync();
		clock.advance(Duration.ofSeconds(30));

		Schedules.sweepAndWait(schedules.sweep("node-a"));

		ScheduleTable.Row row = schedules.row("busy");
		assertThat(row.nextPollAt()).isEqualTo(clock.instant().plusSeconds(3600));
		assertThat(row.lastOutcome()).startsWith("failed: ").contains("HTTP 503");
		assertThat(row.lastPollAt()).isEqualTo(clock.instant());
	}

	@Test
	void shouldNeverPollOneFeedTwiceAtOnceAcrossThreeNodes() throws Exception {
		clock.set(Instant.now());
		ConcurrentSweeps.shouldNeverPollOneFeedTwiceAtOnce(schedules, site,
				Files.readString(Path.of("src/test/resources/feeds/arabic-wordpress.xml")));
	}

	private Map<String, PollTiming> timings() {
		return schedules.table.rows().stream().collect(Collectors.toMap(ScheduleTable.Row::id, ScheduleTable.Row::timing));
	}

	/** Runs the sweep by itself until the site has had {@code count} polls of {@code /prefix-…} (at most 20 s): how long that took. */
	private static Duration runUntilPolled(FeedSweep sweep, String prefix, int count) throws InterruptedException {
		long started = System.nanoTime();
		sweep.start();
		try {
			while (site.findAll(getRequestedFor(urlPathMatching("/" + prefix + "-.*"))).size() < count
					&& System.nanoTime() - started < Duration.ofSeconds(20).toNanos()) {
				Thread.sleep(10);
			}
		}
		finally {
			sweep.stop();
		}
		return Duration.ofNanos(System.nanoTime() - started);
	}

	/**
	 * {@code count} feeds of one site ({@code /prefix-0} …), every 60 s, that answers after
	 * {@code delayMs}: synced, and due (their first polls come within 30 s).
	 */
	private void dueSiteOfFeeds(String prefix, int delayMs, int count) throws IOException {
		site.stubFor(get(urlPathMatching("/" + prefix + "-.*")).willReturn(aResponse().withFixedDelay(delayMs)
			.withHeader("Content-Type", "application/rss+xml")
			.withBody(Files.readString(Path.of("src/test/resources/feeds/arabic-wordpress.xml")))));
		for (int i = 0; i < count; i++) {
			feed(prefix + "-" + i, "60s");
		}
		schedules.sync.sync();
		clock.advance(Duration.ofSeconds(30));
	}

	private void feed(String id, String every) throws IOException {
		schedules.write(id + ".yml", yaml(id, every));
	}

	private static String yaml(String id, String every) {
		return "feed: " + url(id) + "\nevery: " + every + "\nsite: \"أفق نيوز\"\n";
	}

	static String url(String id) {
		return "http://localhost:" + site.getPort() + "/" + id;
	}

}
