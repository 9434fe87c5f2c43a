package nashir.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import nashir.cluster.VendorMigrations;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upgrade from the versions that polled feeds by Quartz triggers removes those triggers and
 * jobs (group {@code feeds}) and nothing else of Quartz's, on both databases, and may run again.
 */
class QuartzFeedJobsRemovalTests {

	@Test
	void shouldRemoveTheOldFeedTriggersFromH2() throws SQLException {
		VendorMigrations.onH2("16", QuartzFeedJobsRemovalTests::upgrade);
	}

	@Test
	void shouldRemoveTheOldFeedTriggersFromPostgres() throws SQLException {
		VendorMigrations.onPostgres("16", QuartzFeedJobsRemovalTests::upgrade);
	}

	private static void upgrade(String vendor, SingleConnectionDataSource data, Runnable toLatest) throws SQLException {
		JdbcTemplate jdbc = new JdbcTemplate(data);
		for (String group : new String[] { "feeds", "other" }) {
			oldJob(jdbc, "ofoq", group);
		}
		toLatest.run();

		assertThat(jdbc.queryForList("SELECT job_group FROM qrtz_job_details", String.class)).containsExactly("other");
		assertThat(jdbc.queryForList("SELECT trigger_group FROM qrtz_triggers", String.class)).containsExactly("other");
		assertThat(jdbc.queryForList("SELECT trigger_group FROM qrtz_simple_triggers", String.class))
			.containsExactly("other");
		try (Connection connection = data.getConnection(); Statement statement = connection.createStatement()) {
			// Run again, as after a crash inside it.
			statement.execute(new String(QuartzFeedJobsRemovalTests.class
				.getResourceAsStream("/db/vendor/" + vendor + "/V21__remove_quartz_feed_jobs.sql").readAllBytes()));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM qrtz_triggers", Integer.class)).isOne();
	}

	/** A job and its simple trigger as Quartz 2.x stored them. */
	private static void oldJob(JdbcTemplate jdbc, String name, String group) {
		jdbc.update("INSERT INTO qrtz_job_details (sched_name, job_name, job_group, job_class_name, is_durable,"
				+ " is_nonconcurrent, is_update_data, requests_recovery) VALUES ('nashir', ?, ?, 'nashir.schedule.FeedPollJob',"
				+ " TRUE, TRUE, FALSE, TRUE)", name, group);
		jdbc.update("INSERT INTO qrtz_triggers (sched_name, trigger_name, trigger_group, job_name, job_group,"
				+ " next_fire_time, prev_fire_time, priority, trigger_state, trigger_type, start_time, misfire_instr)"
				+ " VALUES ('nashir', ?, ?, ?, ?, 0, -1, 5, 'WAITING', 'SIMPLE', 0, 0)", name, group, name, group);
		jdbc.update("INSERT INTO qrtz_simple_triggers (sched_name, trigger_name, trigger_group, repeat_count,"
				+ " repeat_interval, times_triggered) VALUES ('nashir', ?, ?, -1, 60000, 3)", name, group);
	}

}
