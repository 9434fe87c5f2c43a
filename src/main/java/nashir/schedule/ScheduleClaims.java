package nashir.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import nashir.queue.Timestamps;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which node polls which schedule. A node claims due schedules for a lease ({@code FOR UPDATE SKIP
 * LOCKED} on PostgreSQL, so nodes sweeping at once take different rows, then a conditional update,
 * so that a schedule is never claimed twice even where rows are not locked) and writes the results
 * of many polls in the same transaction. A node that dies holding claims loses them when the lease runs out.
 */
class ScheduleClaims {

	/** How many more rows than free threads a claim looks at: some may be left for a busy site. */
	private static final int LOOK_AHEAD = 4;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final String node;

	private final Duration lease;

	/** The claim's select of due schedules: with row locks on PostgreSQL, without on H2. */
	private final String dueQuery;

	ScheduleClaims(JdbcTemplate jdbc, PlatformTransactionManager transactions, String node, Duration lease) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.node = node;
		this.lease = lease;
		this.dueQuery = dueQuery(locksRowsAtTheLimit(jdbc));
	}

	/**
	 * PostgreSQL locks rows as the index hands them out and stops at the limit, so nodes sweeping at
	 * once take different rows ({@code SKIP LOCKED}). H2 locks every row the condition matches before
	 * it applies the limit: behind by 20,000 schedules, a claim took 65–120 ms and the sweep polled 58
	 * feeds a second. H2 is one process, never a cluster; there the conditional update alone keeps a
	 * schedule from being claimed twice.
	 */
	private static boolean locksRowsAtTheLimit(JdbcTemplate jdbc) {
		return SqlDialect.of(jdbc) != SqlDialect.H2;
	}

	private static String dueQuery(boolean lockRows) {
		return "SELECT id, content_hash, every_ms, phase_ms, cron, zone FROM feed_schedule"
				+ " WHERE next_poll_at <= ? AND enabled = TRUE AND paused = FALSE"
				+ " AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY next_poll_at LIMIT ?"
				+ (lockRows ? " FOR UPDATE SKIP LOCKED" : "");
	}

	String dueQuery() {
		return dueQuery;
	}

	/** A schedule due now, as claimed: its text's hash and its timing, as they were when claimed. */
	record Due(String id, String contentHash, PollTiming timing) {
	}

	/** What became of one claimed schedule's poll. */
	record Result(Due due, Instant polledAt, Instant nextPollAt, String outcome) {
	}

	String node() {
		return node;
	}

	/**
	 * Writes the results of finished polls, then claims up to {@code most} due schedules, those
	 * {@code choose} picks of the due ones (oldest due first), and returns those this node won. One
	 * transaction for both: a sweep that claims every second then commits once a second.
	 */
	List<Due> claim(List<Result> finished, int most, Instant now, UnaryOperator<List<Due>> choose) {
		return transaction.execute(status -> {
			write(finished);
			List<Due> due = jdbc.query(dueQuery,
					(rs, n) -> new Due(rs.getString("id"), rs.getString("content_hash"), ScheduleTable.timing(rs)),
					Timestamps.utc(now), Timestamps.utc(now), most * LOOK_AHEAD);
			List<Due> chosen = due.isEmpty() ? due : choose.apply(due);
			if (chosen.isEmpty()) {
				return chosen;
			}
			int[] counts = jdbc.batchUpdate(
					"UPDATE feed_schedule SET claimed_by = ?, claimed_until = ? WHERE id = ?"
							+ " AND (claimed_until IS NULL OR claimed_until < ?)",
					chosen.stream().map(d -> new Object[] { node, Timestamps.utc(now.plus(lease)), d.id(), Timestamps.utc(now) })
						.toList());
			List<Due> won = new ArrayList<>();
			for (int i = 0; i < counts.length; i++) {
				if (counts[i] != 0) {
					won.add(chosen.get(i));
				}
			}
			return won;
		});
	}

	/** Writes the results of finished polls, for a sweep that has no room to claim more. */
	void complete(List<Result> results) {
		transaction.executeWithoutResult(status -> write(results));
	}

	/**
	 * Writes the results and lets the schedules go. A schedule whose timing changed while it was
	 * polled keeps the new next poll; one another node took over after this node's lease ran out is
	 * left to that node.
	 */
	private void write(List<Result> results) {
		if (results.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("UPDATE feed_schedule SET next_poll_at = CASE WHEN COALESCE(every_ms, -1) = ?"
				+ " AND COALESCE(phase_ms, -1) = ? AND COALESCE(cron, '') = ? AND COALESCE(zone, '') = ?"
				+ " THEN ? ELSE next_poll_at END, last_poll_at = ?, last_outcome = ?, claimed_by = NULL, claimed_until = NULL"
				+ " WHERE id = ? AND claimed_by = ?", results.stream().map(this::row).toList());
	}

	private Object[] row(Result result) {
		PollTiming timing = result.due().timing();
		return new Object[] { timing.everyMs() == null ? -1L : timing.everyMs(),
				timing.phaseMs() == null ? -1L : timing.phaseMs(), timing.cron() == null ? "" : timing.cron(),
				timing.zone() == null ? "" : timing.zone(), ScheduleTable.timestamp(result.nextPollAt()),
				Timestamps.utc(result.polledAt()), cut(result.outcome()), result.due().id(), node };
	}

	private static String cut(String outcome) {
		return outcome.length() <= 200 ? outcome : outcome.substring(0, 199) + "…";
	}

}
