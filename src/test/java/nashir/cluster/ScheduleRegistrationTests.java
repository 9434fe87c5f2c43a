package nashir.cluster;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nashir.NashirApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many new schedules with the same interval do not all poll in the same second: their first polls
 * are spread over a few seconds (at most 30), and the phase each took is stored, so that a restart
 * (or another node) keeps every one of them where it was.
 */
class ScheduleRegistrationTests {

	static final int FEEDS = 40;

	@TempDir
	Path home;

	@Test
	void shouldSpreadTheFirstPollsAndKeepThemAcrossARestart() throws Exception {
		try (FeedSite site = new FeedSite(1)) {
			site.writeSchedules(home.resolve("schedules"), FEEDS, "60s");
			List<Instant> first = startTimes();
			Thread.sleep(1500);
			List<Instant> again = startTimes();

			Instant earliest = first.stream().min(Instant::compareTo).orElseThrow();
			Instant latest = first.stream().max(Instant::compareTo).orElseThrow();
			assertThat(Duration.between(earliest, latest)).as("spread of %d first polls", FEEDS)
				.isGreaterThan(Duration.ofSeconds(1))
				.isLessThanOrEqualTo(Duration.ofSeconds(30));
			assertThat(again).as("next polls after a restart").isEqualTo(first);
		}
	}

	/** Starts the application on this home's H2 file (its sweep not started), reads each schedule's next poll, stops it. */
	private List<Instant> startTimes() throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NashirApplication.class).run(
				"--server.port=0", "--nashir.data-dir=" + home.resolve("data"),
				"--nashir.schedules-dir=" + home.resolve("schedules"), "--nashir.feed.sweep=false",
				"--nashir.dispatcher.enabled=false")) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			List<Instant> starts = new ArrayList<>();
			for (int feed = 1; feed <= FEEDS; feed++) {
				starts.add(jdbc.queryForObject("SELECT next_poll_at FROM feed_schedule WHERE id = ?",
						java.time.OffsetDateTime.class, "site-" + feed).toInstant());
			}
			return starts;
		}
	}

}
