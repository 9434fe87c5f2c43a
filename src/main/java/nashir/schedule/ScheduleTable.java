package nashir.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import nashir.queue.Timestamps;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code feed_schedule} table: what the files and the app define, and what pages and
 * editors change. Every write is one statement, conditional where nodes may race.
 */
@Component
class ScheduleTable {

	static final String FILE = "FILE";

	static final String APP = "APP";

	private static final String ROW = "SELECT id, origin, content_hash, problem, enabled, paused, every_ms, phase_ms, cron,"
			+ " zone, next_poll_at, last_poll_at, last_outcome FROM feed_schedule";

	private final JdbcTemplate jdbc;

	/**
	 * An insert another node beat to the id fails alone: in a caller's transaction (a sync's batch),
	 * PostgreSQL would otherwise refuse every statement after the failed one.
	 */
	private final TransactionTemplate savepoint;

	/**
	 * The conditional insert. On PostgreSQL a row another node is adding at the same moment passes the
	 * {@code NOT EXISTS} (it is not committed yet), so {@code ON CONFLICT} waits for that node and then
	 * skips the row instead of failing the batch.
	 */
	private final String insertUnlessPresent;

	ScheduleTable(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.insertUnlessPresent = "INSERT INTO feed_schedule (id, origin, definition, content_hash, enabled, paused,"
				+ " every_ms, phase_ms, cron, zone, next_poll_at, created_at, updated_at)"
				+ " SELECT ?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM feed_schedule WHERE id = ?)"
				+ (SqlDialect.of(jdbc) == SqlDialect.H2 ? "" : " ON CONFLICT (id) DO NOTHING");
	}

	/**
	 * One schedule as stored, without its text.
	 *
	 * @param contentHash of the text in use, or {@code null} when no text of it was ever good
	 * @param problem why the latest text was refused, or {@code null}
	 */
	record Row(String id, String origin, String contentHash, String problem, boolean enabled, boolean paused,
			PollTiming timing, Instant nextPollAt, Instant lastPollAt, String lastOutcome) {
	}

	/** A schedule's text in use and its hash. */
	record Definition(String text, String contentHash) {
	}

	/**
	 * A schedule to add, as a file or the app defines it.
	 *
	 * @param nextPollAt its first poll, {@code null} when it is disabled
	 */
	record NewSchedule(String id, String origin, String text, String hash, boolean enabled, PollTiming timing,
			Instant nextPollAt) {
	}

	List<Row> rows() {
		return jdbc.query(ROW + " ORDER BY id", ScheduleTable::row);
	}

	Optional<Row> row(String id) {
		return jdbc.query(ROW + " WHERE id = ?", ScheduleTable::row, id).stream().findFirst();
	}

	Optional<Definition> definition(String id) {
		return jdbc.query("SELECT definition, content_hash FROM feed_schedule WHERE id = ? AND definition IS NOT NULL",
				(rs, n) -> new Definition(rs.getString(1), rs.getString(2)), id).stream().findFirst();
	}

	/** Adds a schedule unless a node added it first; {@code false} then. */
	boolean insert(NewSchedule schedule, Instant now) {
		try {
			return savepoint.execute(status -> jdbc.update(insertUnlessPresent, insertArguments(schedule, now)) == 1);
		}
		catch (DataIntegrityViolationException ex) {
			return false;
		}
	}

	/**
	 * Adds these schedules in one batch, each unless a node added it first (nodes of a cluster started
	 * together all add the same new files); the ids it added. One statement a row would cost a round
	 * trip and a savepoint each. On H2, one node, only an editor adding the same id in the same
	 * instant can fail the batch; the sync then writes it again at its next look.
	 */
	List<String> insertAll(List<NewSchedule> schedules, Instant now) {
		int[] added = jdbc.batchUpdate(insertUnlessPresent,
				schedules.stream().map(schedule -> insertArguments(schedule, now)).toList());
		return IntStream.range(0, schedules.size()).filter(i -> added[i] > 0).mapToObj(i -> schedules.get(i).id()).toList();
	}

	private static Object[] insertArguments(NewSchedule schedule, Instant now) {
		PollTiming timing = schedule.timing();
		return new Object[] { schedule.id(), schedule.origin(), schedule.text(), schedule.hash(), schedule.enabled(),
				bigint(timing.everyMs()), bigint(timing.phaseMs()), varchar(timing.cron()), varchar(timing.zone()),
				timestamp(schedule.nextPollAt()), Timestamps.utc(now), Timestamps.utc(now), schedule.id() };
	}

	/** Records a file that was never good: no text, so nothing polls, but every node shows why. */
	boolean insertRefused(String id, String problem, Instant now) {
		try {
			return savepoint.execute(status -> jdbc.update("INSERT INTO feed_schedule (id, origin, enabled, paused, problem,"
					+ " created_at, updated_at) SELECT ?, ?, FALSE, FALSE, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM feed_schedule"
					+ " WHERE id = ?)", id, FILE, problem, Timestamps.utc(now), Timestamps.utc(now), id) == 1);
		}
		catch (DataIntegrityViolationException ex) {
			return false;
		}
	}

	/**
	 * Puts a new text in place of the one hashed {@code oldHash} (unless a node did first), keeping
	 * the pause, the claim and the history.
	 */
	boolean replace(String id, String oldHash, String text, String hash, boolean enabled, PollTiming timing,
			Instant nextPollAt, Instant now) {
		return jdbc.update("UPDATE feed_schedule SET definition = ?, content_hash = ?, problem = NULL, enabled = ?,"
				+ " every_ms = ?, phase_ms = ?, cron = ?, zone = ?, next_poll_at = ?, updated_at = ?"
				+ " WHERE id = ? AND COALESCE(content_hash, '') = ?", text, hash, enabled, bigint(timing.everyMs()),
				bigint(timing.phaseMs()), varchar(timing.cron()), varchar(timing.zone()), timestamp(nextPollAt),
				Timestamps.utc(now), id, oldHash == null ? "" : oldHash) == 1;
	}

	/** Says why the latest text was refused; the text in use, if any, goes on running. */
	void refuse(String id, String problem, Instant now) {
		jdbc.update("UPDATE feed_schedule SET problem = ?, updated_at = ? WHERE id = ?", varchar(problem),
				Timestamps.utc(now), id);
	}

	/** Removes a schedule whose file is gone; never one the app made. */
	void deleteFile(String id) {
		jdbc.update("DELETE FROM feed_schedule WHERE id = ? AND origin = ?", id, FILE);
	}

	/** Removes a schedule the app made; never one of a file. */
	void deleteApp(String id) {
		jdbc.update("DELETE FROM feed_schedule WHERE id = ? AND origin = ?", id, APP);
	}

	boolean setPaused(String id, boolean paused) {
		return jdbc.update("UPDATE feed_schedule SET paused = ? WHERE id = ?", paused, id) == 1;
	}

	/** Makes an enabled schedule due at once; {@code false} when there is no such schedule or it is disabled. */
	boolean dueNow(String id, Instant now) {
		return jdbc.update("UPDATE feed_schedule SET next_poll_at = ? WHERE id = ? AND enabled = TRUE",
				Timestamps.utc(now), id) == 1;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getString("id"), rs.getString("origin"), rs.getString("content_hash"), rs.getString("problem"),
				rs.getBoolean("enabled"), rs.getBoolean("paused"), timing(rs), Timestamps.instant(rs, "next_poll_at"),
				Timestamps.instant(rs, "last_poll_at"), rs.getString("last_outcome"));
	}

	static PollTiming timing(ResultSet rs) throws SQLException {
		return new PollTiming(rs.getObject("every_ms", Long.class), rs.getObject("phase_ms", Long.class),
				rs.getString("cron"), rs.getString("zone"));
	}

	static SqlParameterValue bigint(Long value) {
		return new SqlParameterValue(Types.BIGINT, value);
	}

	static SqlParameterValue varchar(String value) {
		return new SqlParameterValue(Types.VARCHAR, value);
	}

	static SqlParameterValue timestamp(Instant value) {
		return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, Timestamps.utc(value));
	}

}
