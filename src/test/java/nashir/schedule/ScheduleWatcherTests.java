package nashir.schedule;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import nashir.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The watcher lists the schedule folder (a stat per file) only when its events say it changed, or
 * at least every 10 seconds for mounts that send no events.
 */
@ScheduleTest
class ScheduleWatcherTests {

	static final Duration LOOK = Duration.ofSeconds(2);

	@TempDir
	Path dir;

	@Autowired
	Schedules.Factory factory;

	@Autowired
	TestClock clock;

	Schedules schedules;

	final AtomicInteger listings = new AtomicInteger();

	ScheduleWatcher watcher;

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeEach
	void watch() {
		clock.set(Instant.parse("2026-12-02T08:00:00Z"));
		schedules = factory.in(dir);
		ScheduleSync counted = new ScheduleSync(dir, schedules.parser, schedules.table, transactions, schedules.lock, clock) {
			@Override
			synchronized boolean sync() {
				listings.incrementAndGet();
				return super.sync();
			}
		};
		watcher = new ScheduleWatcher(counted, schedules.sweep("node-a"), clock);
	}

	@AfterEach
	void close() throws Exception {
		watcher.close();
	}

	@Test
	void shouldListAQuietFolderEveryTenSecondsNotAtEveryLook() {
		watcher.look();
		assertThat(listings).as("the first look").hasValue(1);
		for (int i = 0; i < 4; i++) {
			clock.advance(LOOK);
			watcher.look();
		}
		assertThat(listings).as("8 seconds of looks at a quiet folder").hasValue(1);
		clock.advance(LOOK);
		watcher.look();
		assertThat(listings).as("10 seconds after the last listing").hasValue(2);
	}

	@Test
	void shouldTakeANewFileAtTheNextLook() throws Exception {
		watcher.look();
		schedules.write("ofoq.yml", ScheduleSyncTests.GOOD);
		await().atMost(Duration.ofSeconds(5)).until(() -> {
			clock.advance(Duration.ofMillis(100));
			watcher.look();
			return schedules.catalog.find("ofoq").isPresent();
		});
		assertThat(clock.instant()).as("well before the 10-second listing")
			.isBefore(Instant.parse("2026-12-02T08:00:05Z"));
	}

}
