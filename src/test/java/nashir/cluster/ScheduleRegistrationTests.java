package nashir.cluster;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nashir.NashirApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many schedules with the same interval do not all poll in the same second: each starts at its
 * own point of the interval, set by its id, so that a restart (or another node) registering them
 * again keeps the same spread.
 */
class ScheduleRegistrationTests {

	static final int FEEDS = 40;

	@TempDir
	Path home;

	@Test
	void shouldSpreadTheFirstPollsOverTheInterval() throws Exception {
		try (FeedSite site = new FeedSite(1)) {
			site.writeSchedules(home.resolve("schedules"), FEEDS, "60s");
			List<Instant> first = startTimes();
			List<Instant> again = startTimes();

			Instant earliest = first.stream().min(Instant::compareTo).orElseThrow();
			Instant latest = first.stream().max(Instant::compareTo).orElseThrow();
			assertThat(Duration.between(earliest, latest)).as("spread of %d first polls", FEEDS)
				.isGreaterThan(Duration.ofSeconds(30))
				.isLessThan(Duration.ofSeconds(60));
			for (int i = 1; i < FEEDS; i++) {
				Duration before = Duration.between(first.get(0), first.get(i));
				Duration after = Duration.between(again.get(0), again.get(i));
				assertThat(after.minus(before).abs()).as("site-%d against site-1 after registering again", i + 1)
					.isLessThan(Duration.ofSeconds(1));
			}
		}
	}

	/** Starts the application on this home's H2 file, reads each schedule's first fire time, stops it. */
	private List<Instant> startTimes() throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NashirApplication.class).run(
				"--server.port=0", "--nashir.data-dir=" + home.resolve("data"),
				"--nashir.schedules-dir=" + home.resolve("schedules"), "--nashir.feed.sweep=false",
				"--nashir.dispatcher.enabled=false")) {
			Scheduler scheduler = context.getBean(Scheduler.class);
			List<Instant> starts = new ArrayList<>();
			for (int feed = 1; feed <= FEEDS; feed++) {
				Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey("site-" + feed, "feeds"));
				starts.add(trigger.getStartTime().toInstant());
			}
			return starts;
		}
	}

}
