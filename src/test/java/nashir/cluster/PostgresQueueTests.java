package nashir.cluster;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

import nashir.FakeX;
import nashir.NashirApplication;
import nashir.TestFeeds;
import nashir.queue.AccountStates;
import nashir.queue.NewPost;
import nashir.queue.Post;
import nashir.queue.PostEvent;
import nashir.queue.PostQueue;
import nashir.queue.PostStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The queue's SQL on PostgreSQL, with two nodes (two application contexts with the postgres
 * profile) on one fresh schema: the conditional insert with typed (and null) parameters, the
 * claim and slot updates racing between nodes, and timestamps that come back as the same instant
 * although the database session runs in another time zone.
 */
class PostgresQueueTests {

	static final Logger log = LoggerFactory.getLogger(PostgresQueueTests.class);

	static final List<String> ACCOUNTS = List.of("ofoq", "ofoq_sport", "ofoq_eco", "ofoq_en");

	static final Instant STORY_AT = Instant.parse("2026-11-29T06:00:00.123456Z");

	@TempDir
	static Path home;

	static PostgresSchema schema;

	static FakeX x;

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startTwoNodes() throws Exception {
		schema = PostgresSchema.create();
		x = new FakeX(Duration.ofMillis(20));
		Files.createDirectories(home.resolve("schedules"));
		nodeA = node("node-a");
		nodeB = node("node-b");
	}

	@AfterAll
	static void stopNodes() throws Exception {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { nodeA, nodeB }) {
			if (node != null) {
				node.close();
			}
		}
		if (x != null) {
			x.close();
		}
		if (schema != null) {
			schema.close();
		}
	}

	private static ConfigurableApplicationContext node(String name) {
		List<String> args = new ArrayList<>(List.of("--spring.profiles.active=postgres",
				"--spring.datasource.url=" + schema.url(),
				// Far from UTC, with a 45-minute offset: a timestamp that is not handled as an instant shows.
				"--spring.datasource.hikari.connection-init-sql=SET TIME ZONE 'Asia/Kathmandu'",
				"--spring.datasource.hikari.maximum-pool-size=8", "--server.port=0", "--nashir.node-name=" + name,
				"--nashir.data-dir=" + home.resolve("data-" + name), "--nashir.schedules-dir=" + home.resolve("schedules"),
				// Two Quartz instances of one name cannot live in one JVM; no schedules here anyway.
				"--spring.quartz.properties.org.quartz.scheduler.instanceName=" + name,
				"--nashir.x.api-base-url=" + x.baseUrl(), "--nashir.dispatcher.interval=50ms"));
		for (String account : ACCOUNTS) {
			String prefix = "--nashir.accounts." + account + ".";
			args.addAll(List.of(prefix + "consumer-key=ck", prefix + "consumer-secret=cs", prefix + "access-token=at",
					prefix + "access-token-secret=as"));
		}
		return new SpringApplicationBuilder(NashirApplication.class).run(args.toArray(String[]::new));
	}

	private static NewPost story(String account, String key, boolean review, Instant storyAt) {
		Instant now = Instant.now();
		return new NewPost("ofoq", account, key, TestFeeds.headline(key.hashCode() & 0xffff),
				"https://ofoq.example.com/" + key + "/", TestFeeds.headline(key.hashCode() & 0xffff) + " " + key,
				null, review, false, now, storyAt, now);
	}

	@Test
	void shouldQueueAStoryOnceWhicheverNodeSeesIt() {
		NewPost post = story("ofoq", "once-" + System.nanoTime(), true, null);

		Optional<Post> first = nodeA.getBean(PostQueue.class).enqueue(post, "new story");
		Optional<Post> again = nodeB.getBean(PostQueue.class).enqueue(post, "new story");

		assertThat(first).get().satisfies(queued -> {
			assertThat(queued.status()).isEqualTo(PostStatus.REVIEW);
			assertThat(queued.storyAt()).isNull();
		});
		assertThat(again).as("the same story from the other node").isEmpty();
	}

	@Test
	void shouldReadBackTheSameInstantsWhateverTheSessionTimeZone() {
		Instant due = Instant.parse("2026-12-31T23:59:59.999999Z");
		NewPost post = new NewPost("ofoq", "ofoq", "utc-" + System.nanoTime(), "عنوان", "https://ofoq.example.com/",
				"عنوان https://ofoq.example.com/", null, true, false, due, STORY_AT, STORY_AT.plusSeconds(5));

		long id = nodeA.getBean(PostQueue.class).enqueue(post, "new story").orElseThrow().id();
		Post read = nodeB.getBean(PostQueue.class).find(id).orElseThrow();

		assertThat(read.dueAt()).isEqualTo(due);
		assertThat(read.storyAt()).isEqualTo(STORY_AT);
		assertThat(read.detectedAt()).isEqualTo(STORY_AT.plusSeconds(5));
	}

	@Test
	void shouldSendEveryPostOnceWhenTwoNodesClaimFromOneQueue() {
		List<Long> ids = new ArrayList<>();
		IntStream.range(0, 80).forEach(n -> {
			PostQueue queue = (n % 2 == 0 ? nodeA : nodeB).getBean(PostQueue.class);
			NewPost post = story(ACCOUNTS.get(n % ACCOUNTS.size()), "burst-" + n, false, n % 3 == 0 ? null : STORY_AT);
			ids.add(queue.enqueue(post, "new story").orElseThrow().id());
		});

		PostQueue queue = nodeA.getBean(PostQueue.class);
		await().atMost(Duration.ofSeconds(60)).until(() -> ids.stream()
			.allMatch(id -> queue.find(id).orElseThrow().status() == PostStatus.PUBLISHED));

		Map<String, Integer> claimsByNode = new TreeMap<>();
		for (long id : ids) {
			List<PostEvent> claims = queue.events(id).stream().filter(e -> e.to() == PostStatus.PUBLISHING).toList();
			assertThat(claims).as("claims of post %d", id).hasSize(1);
			claimsByNode.merge(claims.get(0).node(), 1, Integer::sum);
			String text = queue.find(id).orElseThrow().text();
			assertThat(x.requests()).as("sends of post %d", id).containsEntry(text, 1);
		}
		log.info("claims by node: {}", claimsByNode);
		assertThat(claimsByNode).as("both nodes took part").containsOnlyKeys("node-a", "node-b");
		assertThat(queue.counts()).filteredOn(count -> count.status() == PostStatus.PUBLISHING).isEmpty();
		assertThat(nodeB.getBean(AccountStates.class).status("ofoq").sentLast24h()).isGreaterThanOrEqualTo(20);
		// Their texts have no link: X charged $0.015 for each, recorded on the post and summed on PostgreSQL.
		assertThat(ids).allSatisfy(id -> assertThat(queue.find(id).orElseThrow().cost()).isEqualByComparingTo("0.015"));
		assertThat(nodeB.getBean(AccountStates.class).status("ofoq").spendToday())
			.isGreaterThanOrEqualTo(new BigDecimal("0.30"));
	}

}
