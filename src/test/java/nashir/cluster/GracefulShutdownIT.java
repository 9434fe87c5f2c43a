package nashir.cluster;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nashir.FakeX;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SIGTERM in the middle of a burst: the node finishes the posts it has in flight, takes no new
 * ones, leaves nothing PUBLISHING or waiting to retry, and leaves no feed claimed by its sweep;
 * a second node then publishes the rest, each story exactly once.
 */
class GracefulShutdownIT {

	static final Logger log = LoggerFactory.getLogger(GracefulShutdownIT.class);

	static final int FEEDS = 3;

	static final int BURST = 15;

	@TempDir(cleanup = CleanupMode.ON_SUCCESS)
	Path home;

	PostgresSchema schema;

	FeedSite site;

	FakeX x;

	ClusterNode first;

	ClusterNode second;

	@BeforeEach
	void start() throws Exception {
		schema = PostgresSchema.create();
		site = new FeedSite(1);
		site.writeSchedules(home.resolve("schedules"), FEEDS, "1s");
		x = new FakeX(Duration.ofMillis(300));
	}

	@AfterEach
	void stop() throws Exception {
		for (ClusterNode node : new ClusterNode[] { first, second }) {
			if (node != null) {
				node.process().close();
			}
		}
		x.close();
		site.close();
		schema.close();
	}

	private ClusterNode node(String name) throws Exception {
		// A lease far shorter than the burst takes to send: draining past SIGTERM would outlive it.
		return ClusterNode.start(name, home, schema, x,
				List.of("--nashir.x.request-timeout=1s", "--nashir.dispatcher.lease=2s"));
	}

	@Test
	void shouldLeaveNothingInFlightOnSigtermAndLoseNothing() throws Exception {
		first = node("node-a");
		await().atMost(Duration.ofSeconds(30)).until(() -> site.polls(FEEDS).size() >= 2);

		site.publish(1 + BURST);
		await().atMost(Duration.ofSeconds(60)).until(() -> x.accepted().size() >= 4);
		long start = System.nanoTime();
		first.process().stop();
		log.info("node-a stopped {} ms after SIGTERM, {} of {} posts sent", (System.nanoTime() - start) / 1_000_000,
				x.accepted().size(), FEEDS * BURST);

		Map<String, Integer> statuses = statuses();
		assertThat(statuses).as("posts by status after SIGTERM").doesNotContainKeys("PUBLISHING", "RETRY_WAIT",
				"FAILED", "DUPLICATE");
		assertThat(statuses.getOrDefault("PUBLISHED", 0)).isEqualTo(x.accepted().size());
		// A claim left behind would hold its feed until the lease runs out.
		assertThat(count("SELECT COUNT(*) FROM feed_schedule WHERE claimed_by IS NOT NULL"))
			.as("feeds left claimed by the stopped node")
			.isZero();

		second = node("node-b");
		await().atMost(Duration.ofSeconds(60)).until(() -> x.accepted().size() == FEEDS * BURST);
		Thread.sleep(1_000);

		assertThat(x.requests()).as("every text sent once, none refused as a duplicate")
			.hasSize(FEEDS * BURST)
			.allSatisfy((text, times) -> assertThat(times).isEqualTo(1));
		for (int feed = 1; feed <= FEEDS; feed++) {
			for (int story = 2; story <= 1 + BURST; story++) {
				String headline = FeedSite.headline(feed, story);
				assertThat(x.accepted().keySet()).as("site %d story %d", feed, story)
					.anyMatch(text -> text.startsWith(headline));
			}
		}
		assertThat(statuses()).containsOnlyKeys("PUBLISHED");
	}

	private Map<String, Integer> statuses() throws SQLException {
		Map<String, Integer> statuses = new TreeMap<>();
		try (Connection connection = schema.connect(); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT status, COUNT(*) FROM post GROUP BY status")) {
			while (rs.next()) {
				statuses.put(rs.getString(1), rs.getInt(2));
			}
		}
		return statuses;
	}

	private int count(String sql) throws SQLException {
		try (Connection connection = schema.connect(); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getInt(1);
		}
	}

}
