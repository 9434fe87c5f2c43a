package nashir.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import nashir.TestClock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Schedules made in the app: the same text and parser as files, polled by the same sweep, and never
 * mixed up with a file of the same id.
 */
@ScheduleTest
class AppSchedulesTests {

	static final Instant T = Instant.parse("2026-11-29T08:00:00Z");

	@RegisterExtension
	static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path dir;

	@Autowired
	Schedules.Factory factory;

	@Autowired
	SchedulePreview preview;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	Schedules schedules;

	AppSchedules app;

	final AtomicInteger wakes = new AtomicInteger();

	@BeforeEach
	void site() throws Exception {
		clock.set(T);
		schedules = factory.in(dir);
		app = new AppSchedules(schedules.table, schedules.parser, preview, wakes::incrementAndGet, clock);
		site.stubFor(get(urlPathMatching("/.*")).willReturn(aResponse().withHeader("Content-Type", "application/rss+xml")
			.withBody(Files.readString(Path.of("src/test/resources/feeds/arabic-wordpress.xml")))));
	}

	@Test
	void shouldPollANewAppScheduleWithinFiveSeconds() throws Exception {
		app.create("ofoq", yaml("ofoq", "60s"));

		assertThat(wakes).as("the sweep is woken").hasValue(1);
		ScheduleTable.Row row = schedules.row("ofoq");
		assertThat(row.origin()).isEqualTo("APP");
		assertThat(row.nextPollAt()).isBetween(T, T.plusSeconds(5));
		clock.set(row.nextPollAt());
		assertThat(Schedules.sweepAndWait(schedules.sweep("node-a"))).isEqualTo(1);
		site.verify(1, getRequestedFor(urlEqualTo("/ofoq")));
		assertThat(schedules.catalog.find("ofoq").orElseThrow().site()).isEqualTo("أفق نيوز");
	}

	@Test
	void shouldRefuseABadTextWithTheParsersMessageAndStoreNothing() {
		assertThatThrownBy(() -> app.create("ofoq", "feed: " + url("ofoq") + "\nevery: 5s\n"))
			.isInstanceOf(InvalidScheduleException.class)
			.hasMessage("ofoq.yml line 2: 'every' must be at least 10s, not 5s");
		assertThatThrownBy(() -> app.create("bad name", yaml("x", "60s"))).isInstanceOf(InvalidScheduleException.class)
			.hasMessageStartingWith("bad name.yml: the file name must be");
		assertThatThrownBy(() -> app.create("local", "feed: file:/etc/passwd\nevery: 60s\n"))
			.isInstanceOf(InvalidScheduleException.class);
		assertThat(schedules.table.rows()).isEmpty();
	}

	@Test
	void shouldRefuseAFileFeedFromTheApp() throws Exception {
		Path feed = Files.writeString(dir.resolve("feed.xml"), "<rss/>");
		ScheduleFileParser underDir = new ScheduleFileParser(
				new ScheduleRules(java.util.Optional.empty(), new FileRoot(dir), ScheduleRules.MIN_EVERY));
		AppSchedules local = new AppSchedules(schedules.table, underDir, preview, () -> { }, clock);

		assertThatThrownBy(() -> local.create("local", "feed: " + feed.toUri() + "\nevery: 60s\n"))
			.isInstanceOf(ScheduleChangeRefused.class)
			.hasMessageContaining("a file: feed needs a schedule file");
		assertThat(schedules.table.rows()).isEmpty();
	}

	@Test
	void shouldNameANewScheduleAfterItsHostAndRefuseATakenId() throws Exception {
		assertThat(app.create("", "feed: https://www.ofoq.example.com/feed/\nevery: 60s\n").id())
			.isEqualTo("ofoq-example-com");
		schedules.write("sport.yml", yaml("sport", "60s"));
		schedules.sync.sync();

		assertThatThrownBy(() -> app.create("sport", yaml("sport", "120s"))).isInstanceOf(ScheduleChangeRefused.class)
			.hasMessage("the id 'sport' is the schedule file sport.yml's; choose another")
			.extracting(ex -> ((ScheduleChangeRefused) ex).kind()).isEqualTo(ScheduleChangeRefused.Kind.CONFLICT);
		assertThatThrownBy(() -> app.create(null, "feed: https://ofoq.example.com/rss\nevery: 60s\n"))
			.hasMessage("there is already a schedule 'ofoq-example-com'; choose another id");
		assertThat(schedules.catalog.find("sport").orElseThrow().trigger())
			.isEqualTo(new PollTrigger.Every(Duration.ofSeconds(60)));
	}

	@Test
	void shouldLeaveFileSchedulesToTheirFiles() throws Exception {
		schedules.write("sport.yml", yaml("sport", "60s"));
		schedules.sync.sync();

		assertThatThrownBy(() -> app.update("sport", yaml("sport", "120s"))).isInstanceOf(ScheduleChangeRefused.class)
			.hasMessage("schedule 'sport' comes from its file sport.yml; change it there");
		assertThatThrownBy(() -> app.delete("sport")).isInstanceOf(ScheduleChangeRefused.class);
		assertThatThrownBy(() -> app.delete("nothing")).isInstanceOf(ScheduleChangeRefused.class)
			.extracting(ex -> ((ScheduleChangeRefused) ex).kind()).isEqualTo(ScheduleChangeRefused.Kind.UNKNOWN);
		assertThat(schedules.row("sport").origin()).isEqualTo("FILE");
		assertThat(app.yaml("sport")).as("a file's text may still be exported").isEqualTo(yaml("sport", "60s"));
	}

	@Test
	void shouldReportAFileWithTheIdOfAnAppScheduleAndKeepTheAppsOne() throws Exception {
		String text = yaml("ofoq", "60s");
		app.create("ofoq", text);
		schedules.write("ofoq.yml", yaml("other", "300s"));

		schedules.sync.sync();

		assertThat(schedules.row("ofoq").origin()).isEqualTo("APP");
		assertThat(app.yaml("ofoq")).isEqualTo(text);
		assertThat(schedules.catalog.problems()).containsExactly("ofoq.yml: not used: a schedule made in the app has"
				+ " the id 'ofoq'; rename the file or delete that schedule");
		Files.delete(dir.resolve("ofoq.yml"));
		schedules.sync.sync();
		assertThat(schedules.row("ofoq").origin()).as("a removed file never deletes an app schedule").isEqualTo("APP");
		assertThat(schedules.catalog.problems()).isEmpty();

		schedules.write("ofoq.yml", yaml("other", "300s"));
		schedules.sync.sync();
		app.delete("ofoq");
		schedules.sync.sync();
		assertThat(schedules.row("ofoq").origin()).as("the file is used once the app's schedule is gone")
			.isEqualTo("FILE");
		assertThat(schedules.catalog.problems()).isEmpty();
	}

	@Test
	void shouldKeepThePauseAndThePhaseOfAnEditedScheduleWhileItsIntervalStays() throws Exception {
		app.create("ofoq", yaml("ofoq", "60s"));
		schedules.table.setPaused("ofoq", true);
		ScheduleTable.Row before = schedules.row("ofoq");
		clock.advance(Duration.ofSeconds(7));

		app.update("ofoq", yaml("ofoq", "60s") + "mode: review\n");
		ScheduleTable.Row after = schedules.row("ofoq");
		assertThat(after.paused()).isTrue();
		assertThat(after.timing()).isEqualTo(before.timing());
		assertThat(after.nextPollAt()).isEqualTo(before.nextPollAt());
		assertThat(schedules.catalog.find("ofoq").orElseThrow().mode()).isEqualTo(Schedule.Mode.REVIEW);

		app.update("ofoq", yaml("ofoq", "120s"));
		assertThat(schedules.row("ofoq").timing().everyMs()).isEqualTo(120_000);
		assertThat(schedules.row("ofoq").nextPollAt()).isBetween(clock.instant(), clock.instant().plusSeconds(5));
		assertThat(schedules.row("ofoq").paused()).isTrue();
	}

	@Test
	void shouldStopPollingADeletedScheduleAndKeepItsQueuedPosts() throws Exception {
		jdbc.update("DELETE FROM post WHERE schedule_id = 'gone'");
		app.create("gone", yaml("gone", "60s") + "backlog: 2\n");
		clock.set(schedules.row("gone").nextPollAt());
		Schedules.sweepAndWait(schedules.sweep("node-a"));
		assertThat(queued("gone")).as("the backlog's two stories").isEqualTo(2);

		app.delete("gone");
		clock.advance(Duration.ofMinutes(5));
		assertThat(Schedules.sweepAndWait(schedules.sweep("node-a"))).isZero();
		site.verify(1, getRequestedFor(urlEqualTo("/gone")));
		assertThat(schedules.table.row("gone")).isEmpty();
		assertThat(queued("gone")).as("posts already queued stay").isEqualTo(2);
	}

	private int queued(String scheduleId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM post WHERE schedule_id = ?", Integer.class, scheduleId);
	}

	@Test
	void shouldPreviewTheNextPostsAsThePreviewCommandDoes() throws Exception {
		String text = yaml("ofoq", "60s") + "template: \"عاجل | {title}\\n{link}\"\n";

		List<SchedulePreview.PreviewedPost> next = app.preview("", text);

		assertThat(next).hasSizeLessThanOrEqualTo(AppSchedules.PREVIEW_POSTS).isNotEmpty();
		assertThat(next.get(0).post().text()).startsWith("عاجل | ");
		assertThat(next).extracting(post -> post.post().text())
			.isEqualTo(preview.posts(java.net.URI.create(url("ofoq")), schedules.parser.parse("ofoq", text),
					AppSchedules.PREVIEW_POSTS).stream().map(post -> post.post().text()).toList());
		assertThat(schedules.table.rows()).as("a preview stores nothing").isEmpty();
	}

	private static String yaml(String id, String every) {
		return "feed: " + url(id) + "\nevery: " + every + "\nsite: \"أفق نيوز\"\n";
	}

	static String url(String id) {
		return "http://localhost:" + site.getPort() + "/" + id;
	}

}
