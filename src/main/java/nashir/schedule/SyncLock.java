package nashir.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lets one node of a cluster at a time bring the table in step with the folder. Nodes started
 * together would otherwise each parse every new file and race to insert the same rows; in turn, the
 * later nodes find the rows written and only hash the files. On PostgreSQL it is a session advisory
 * lock named after the schema (several Nashirs may share a database); H2 serves one node, and the
 * sync is already one at a time within a node. The lock only saves work: every write of the sync is
 * conditional, so a node that waited {@link #WAIT} for it syncs without it.
 */
class SyncLock {

	private static final Logger log = LoggerFactory.getLogger(SyncLock.class);

	/** Far longer than a node takes to sync a folder of 20,000 new files. */
	static final Duration WAIT = Duration.ofMinutes(1);

	private static final String KEY = "hashtext('nashir.schedule_sync.' || current_schema())";

	private final JdbcTemplate jdbc;

	private final boolean cluster;

	private final Duration wait;

	SyncLock(JdbcTemplate jdbc) {
		this(jdbc, WAIT);
	}

	SyncLock(JdbcTemplate jdbc, Duration wait) {
		this.jdbc = jdbc;
		this.cluster = SqlDialect.of(jdbc) == SqlDialect.POSTGRESQL;
		this.wait = wait;
	}

	/** Runs the work while no other node's sync runs; the work takes its own connections. */
	<T> T holding(Supplier<T> work) {
		if (!cluster) {
			return work.get();
		}
		return jdbc.execute((ConnectionCallback<T>) connection -> {
			boolean held = lock(connection);
			try {
				return work.get();
			}
			finally {
				if (held) {
					unlock(connection);
				}
			}
		});
	}

	private boolean lock(Connection connection) {
		try (Statement statement = connection.createStatement()) {
			statement.setQueryTimeout(Math.toIntExact(Math.max(1, wait.toSeconds())));
			statement.execute("SELECT pg_advisory_lock(" + KEY + ")");
			return true;
		}
		catch (SQLException ex) {
			log.warn("event=schedule_sync_unlocked wait={} reason=\"{}\" hint=\"another node's sync held the lock"
					+ " that long, or the database refused it; this sync goes on, its writes are conditional\"", wait,
					ex.getMessage());
			return false;
		}
	}

	/** A failed unlock must not fail a sync that was written: a broken session frees its locks anyway. */
	private static void unlock(Connection connection) {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
		}
		catch (SQLException ex) {
			log.warn("event=schedule_sync_unlock_failed reason=\"{}\" hint=\"other nodes' syncs wait {} for it, then go on\"",
					ex.getMessage(), WAIT);
		}
	}

}
