package nashir.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import nashir.NashirApplication;
import nashir.cluster.PostgresSchema;

import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Three nodes on one PostgreSQL schema: their sweeps ({@code FOR UPDATE SKIP LOCKED}, then the
 * conditional claim) and their syncs of one schedules folder.
 */
class SweepPostgresTests {

	@RegisterExtension
	static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path home;

	@Test
	void shouldNeverPollOneFeedTwiceAtOnceAcrossThreeNodes() throws Exception {
		onPostgres(schedules -> ConcurrentSweeps.shouldNeverPollOneFeedTwiceAtOnce(schedules, site,
				Files.readString(Path.of("src/test/resources/feeds/arabic-wordpress.xml"))));
	}

	/**
	 * A cluster started all at once: three nodes sync the same new files, one after another under
	 * the lock, so each file is parsed once and each row written once.
	 */
	@Test
	void shouldWriteEachFileOnceWhenThreeNodesSyncANewFolderAtOnce() throws Exception {
		onPostgres(schedules -> {
			int files = 2 * ScheduleSync.BATCH + 200;
			for (int i = 0; i < files; i++) {
				schedules.write("site-" + i + ".yml", "feed: https://ofoq.example.com/feed/" + i + "\nevery: 60s\n");
			}
			ScheduleFileParser parser = spy(schedules.parser);
			List<ScheduleSync> nodes = List.of(schedules.restartedSync(parser), schedules.restartedSync(parser),
					schedules.restartedSync(parser));
			CyclicBarrier together = new CyclicBarrier(nodes.size());
			ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
			try {
				List<Future<Boolean>> wrote = threads.invokeAll(nodes.stream().<Callable<Boolean>>map(node -> () -> {
					together.await();
					return node.sync();
				}).toList());
				for (Future<Boolean> node : wrote) {
					node.get(2, TimeUnit.MINUTES);
				}
			}
			finally {
				threads.shutdownNow();
			}

			assertThat(schedules.table.rows()).hasSize(files)
				.allSatisfy(row -> assertThat(row.problem()).isNull())
				.extracting(ScheduleTable.Row::nextPollAt).doesNotContainNull();
			assertThat(schedules.catalog.all()).hasSize(files);
			assertThat(schedules.restartedSync().sync()).as("a fourth node, started after them").isFalse();
			verify(parser, times(files)).parse(anyString(), anyString());
		});
	}

	/** The lock only saves work: a node that waited too long for it syncs anyway. */
	@Test
	void shouldSyncWithoutTheLockWhenAnotherNodeHoldsItTooLong() throws Exception {
		onPostgres(schedules -> {
			schedules.write("ofoq.yml", "feed: https://ofoq.example.com/feed/\nevery: 60s\n");
			ScheduleSync impatient = schedules.restartedSync(schedules.parser, new SyncLock(schedules.jdbc(),
					Duration.ofSeconds(1)));
			long started = System.nanoTime();

			assertThat(schedules.lock.holding(impatient::sync)).as("wrote the new file").isTrue();

			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("waited for the other node's lock")
				.isGreaterThanOrEqualTo(Duration.ofSeconds(1));
			assertThat(schedules.row("ofoq").problem()).isNull();
			assertThat(schedules.catalog.find("ofoq")).isPresent();
		});
	}

	private void onPostgres(ThrowingConsumer<Schedules> test) throws Exception {
		try (PostgresSchema schema = PostgresSchema.create();
				ConfigurableApplicationContext context = new SpringApplicationBuilder(NashirApplication.class).run(
						"--spring.profiles.active=postgres", "--spring.datasource.url=" + schema.url(), "--server.port=0",
						"--nashir.data-dir=" + home.resolve("data"), "--nashir.schedules-dir=" + home.resolve("empty"),
						"--nashir.feed.sweep=false", "--nashir.dispatcher.enabled=false",
						"--nashir.net.allowed-private-hosts=localhost")) {
			test.accept(new Schedules.Factory(context.getBean(JdbcTemplate.class),
					context.getBean(PlatformTransactionManager.class), context.getBean(ScheduleTable.class),
					context.getBean(ScheduleFileParser.class), context.getBean(FeedPoller.class), java.time.Clock.systemUTC())
				.in(Files.createDirectories(home.resolve("schedules"))));
		}
	}

}
