package nashir.cluster;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import nashir.FakeX;
import org.awaitility.core.ConditionTimeoutException;
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
 * Three nodes, each its own JVM with the postgres profile, share 50 feeds and one queue. Bursts
 * of new stories arrive, one node is killed with SIGKILL in the middle, and the other two take
 * over its feeds and its posts: every story reaches the fake X exactly once, none is missing,
 * and the polls were shared between the nodes.
 */
class ClusterIT {

	static final Logger log = LoggerFactory.getLogger(ClusterIT.class);

	static final int FEEDS = 50;

	static final int BASELINE = 2;

	static final int FIRST_BURST = 3;

	static final int SECOND_BURST = 2;

	@TempDir(cleanup = CleanupMode.ON_SUCCESS)
	Path home;

	PostgresSchema schema;

	FeedSite site;

	FakeX x;

	List<ClusterNode> nodes = new ArrayList<>();

	@BeforeEach
	void start() throws Exception {
		schema = PostgresSchema.create();
		site = new FeedSite(BASELINE);
		site.writeSchedules(home.resolve("schedules"), FEEDS, "2s");
		x = new FakeX(Duration.ofMillis(150));
	}

	@AfterEach
	void stop() throws Exception {
		for (ClusterNode node : nodes) {
			node.process().close();
		}
		x.close();
		site.close();
		schema.close();
	}

	@Test
	void shouldShareFeedsAndPostsAndSurviveAKill() throws Exception {
		List<CompletableFuture<ClusterNode>> starting = new ArrayList<>();
		for (String name : List.of("node-a", "node-b", "node-c")) {
			starting.add(CompletableFuture.supplyAsync(() -> {
				try {
					return ClusterNode.start(name, home, schema, x, List.of());
				}
				catch (Exception ex) {
					throw new IllegalStateException(name + " did not start", ex);
				}
			}));
		}
		starting.forEach(node -> nodes.add(node.join()));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> allFeedsPolledSince(0, 2));

		site.publish(BASELINE + FIRST_BURST);
		await().atMost(Duration.ofSeconds(60)).until(() -> x.accepted().size() >= 30);
		ClusterNode victim = nodes.get(1);
		long victimPolls = victim.polls();
		victim.process().kill();
		long killedAt = System.currentTimeMillis();
		int beforeKill = x.accepted().size();
		assertThat(beforeKill).as("killed in the middle of the burst").isLessThan(FEEDS * FIRST_BURST);

		site.publish(BASELINE + FIRST_BURST + SECOND_BURST);
		int stories = FEEDS * (FIRST_BURST + SECOND_BURST);
		try {
			await().atMost(Duration.ofSeconds(120)).until(() -> x.accepted().size() == stories);
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError(x.accepted().size() + " of " + stories + " posts reached X; posts by status: "
					+ statuses() + "; logs in " + home, ex);
		}
		Thread.sleep(2_000);
		log.info("failover: every feed polled again {} ms after the kill; {} of {} posts were out before it",
				lastFirstPollAfter(killedAt) - killedAt, beforeKill, stories);

		Map<String, Integer> accepted = x.accepted();
		assertThat(accepted).hasSize(stories).allSatisfy((text, times) -> assertThat(times).isEqualTo(1));
		for (int feed = 1; feed <= FEEDS; feed++) {
			for (int story = BASELINE + 1; story <= BASELINE + FIRST_BURST + SECOND_BURST; story++) {
				String headline = FeedSite.headline(feed, story);
				assertThat(accepted.keySet()).as("site %d story %d", feed, story)
					.anyMatch(text -> text.startsWith(headline + "\n"));
			}
		}
		assertThat(x.requests().values().stream().filter(times -> times > 1).count())
			.as("only the post the killed node had in flight may be sent again (X calls it a duplicate)")
			.isLessThanOrEqualTo(1);
		// A post X took just before the kill stays PUBLISHING until its lease runs out; then X's
		// "duplicate" answer to the retry marks it published.
		await().atMost(Duration.ofSeconds(60)).until(() -> statuses().equals(Map.of("PUBLISHED", stories)));

		Map<String, Long> polls = new LinkedHashMap<>();
		for (ClusterNode node : nodes) {
			polls.put(node.name(), node == victim ? victimPolls : node.polls());
		}
		log.info("polls by node: {} (node-b killed)", polls);
		assertThat(polls.values().stream().filter(count -> count > 0).count()).as("nodes that polled")
			.isGreaterThan(1);
		assertThat(allFeedsPolledSince(killedAt, 1)).as("every feed polled after the kill").isTrue();
	}

	private boolean allFeedsPolledSince(long since, int times) {
		for (int feed = 1; feed <= FEEDS; feed++) {
			if (site.polls(feed).stream().filter(at -> at >= since).count() < times) {
				return false;
			}
		}
		return true;
	}

	/** The time by which every feed had been polled at least once after {@code since}. */
	private long lastFirstPollAfter(long since) {
		long latest = since;
		for (int feed = 1; feed <= FEEDS; feed++) {
			latest = Math.max(latest, site.polls(feed).stream().filter(at -> at >= since).findFirst().orElse(since));
		}
		return latest;
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

}
