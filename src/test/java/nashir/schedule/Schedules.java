package nashir.schedule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Schedule folders, syncs and sweeps over one test database, as separate nodes would run them:
 * each sweep has its own node id, claims and pool, all share the table and the clock.
 */
final class Schedules {

	static final Duration LEASE = Duration.ofMinutes(2);

	final Path folder;

	final ScheduleTable table;

	final ScheduleFileParser parser;

	final ScheduleSync sync;

	final SyncLock lock;

	final ScheduleCatalog catalog;

	private final Factory beans;

	private Schedules(Path folder, Factory beans) {
		this.folder = folder;
		this.beans = beans;
		this.table = beans.table;
		this.parser = beans.parser;
		beans.jdbc.update("DELETE FROM feed_schedule");
		this.lock = new SyncLock(beans.jdbc);
		this.sync = restartedSync();
		this.catalog = new ScheduleCatalog(table, parser, sync);
	}

	/** A node's sweep: its own claims under {@code node}, the default pool and per-host limit. */
	FeedSweep sweep(String node) {
		return sweep(node, new SweepSettings(8, 2, LEASE, false));
	}

	FeedSweep sweep(String node, SweepSettings settings) {
		return sweep(claims(node), settings);
	}

	FeedSweep sweep(ScheduleClaims claims, SweepSettings settings) {
		return new FeedSweep(claims, new ScheduleCatalog(table, parser, sync), beans.poller, settings, beans.clock);
	}

	ScheduleClaims claims(String node) {
		return new ScheduleClaims(beans.jdbc, beans.transactions, node, LEASE);
	}

	/** Another node's look at the same folder, as after a restart. */
	ScheduleSync restartedSync() {
		return restartedSync(parser);
	}

	/** Another node's look, reading the files with this parser. */
	ScheduleSync restartedSync(ScheduleFileParser parser) {
		return restartedSync(parser, lock);
	}

	ScheduleSync restartedSync(ScheduleFileParser parser, SyncLock lock) {
		return new ScheduleSync(folder, parser, table, beans.transactions, lock, beans.clock);
	}

	JdbcTemplate jdbc() {
		return beans.jdbc;
	}

	void write(String name, String yaml) throws IOException {
		Files.writeString(folder.resolve(name), yaml, StandardCharsets.UTF_8);
	}

	ScheduleTable.Row row(String id) {
		return table.row(id).orElseThrow(() -> new AssertionError("no row for " + id));
	}

	Instant updatedAt(String id) {
		return beans.jdbc.queryForObject("SELECT updated_at FROM feed_schedule WHERE id = ?", OffsetDateTime.class, id)
			.toInstant();
	}

	/** Makes {@link Schedules} from the test context's beans ({@link ScheduleTest} imports it). */
	static class Factory {

		private final JdbcTemplate jdbc;

		private final PlatformTransactionManager transactions;

		private final ScheduleTable table;

		private final ScheduleFileParser parser;

		private final FeedPoller poller;

		private final Clock clock;

		Factory(JdbcTemplate jdbc, PlatformTransactionManager transactions, ScheduleTable table, ScheduleFileParser parser,
				FeedPoller poller, Clock clock) {
			this.jdbc = jdbc;
			this.transactions = transactions;
			this.table = table;
			this.parser = parser;
			this.poller = poller;
			this.clock = clock;
		}

		/** Schedules from this folder, in an emptied table. */
		Schedules in(Path folder) {
			return new Schedules(folder, this);
		}

	}

	/** Sweeps once and waits for the polls it started. */
	static int sweepAndWait(FeedSweep sweep) throws InterruptedException {
		int started = sweep.runOnce();
		sweep.drain(Duration.ofSeconds(20));
		return started;
	}

}
