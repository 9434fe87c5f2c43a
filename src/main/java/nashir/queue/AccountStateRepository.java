package nashir.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import nashir.publish.RateLimitStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static nashir.queue.Timestamps.instant;
import static nashir.queue.Timestamps.utc;

/** The {@code account_state} table. Every change is a conditional update, so nodes can share it. */
@Repository
class AccountStateRepository {

	/** A row of the table. */
	record Row(String account, boolean paused, String pausedReason, Instant pausedAt, Instant blockedUntil,
			RateLimitStatus quota, Instant lastSentAt) {

		/** The state of an account that has not posted yet. */
		static Row fresh(String account) {
			return new Row(account, false, null, null, null, RateLimitStatus.UNKNOWN, null);
		}

	}

	private final JdbcClient jdbc;

	AccountStateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void ensure(String account, Instant now) {
		jdbc.sql("INSERT INTO account_state (account, updated_at) SELECT :account, :now "
				+ "WHERE NOT EXISTS (SELECT 1 FROM account_state WHERE account = :account)")
			.param("account", account)
			.param("now", utc(now))
			.update();
	}

	Optional<Row> find(String account) {
		return jdbc.sql("SELECT * FROM account_state WHERE account = :account")
			.param("account", account)
			.query(AccountStateRepository::row)
			.optional();
	}

	/**
	 * Takes the account's next posting slot: only if it is not paused, not blocked, and its last
	 * post started at least {@code minInterval} ago. One winner per slot, whatever the node.
	 */
	boolean takeSlot(String account, Instant now, Instant lastSentNoLaterThan) {
		return jdbc.sql("""
				UPDATE account_state SET last_sent_at = :now, updated_at = :now
				WHERE account = :account AND paused = FALSE
				  AND (blocked_until IS NULL OR blocked_until <= :now)
				  AND (last_sent_at IS NULL OR last_sent_at <= :threshold)
				""")
			.param("account", account)
			.param("now", utc(now))
			.param("threshold", utc(lastSentNoLaterThan))
			.update() == 1;
	}

	void pause(String account, String reason, Instant now) {
		jdbc.sql("UPDATE account_state SET paused = TRUE, paused_reason = :reason, paused_at = :now, updated_at = :now "
				+ "WHERE account = :account")
			.param("account", account)
			.param("reason", reason)
			.param("now", utc(now))
			.update();
	}

	boolean resume(String account, Instant now) {
		return jdbc.sql("UPDATE account_state SET paused = FALSE, paused_reason = NULL, paused_at = NULL, "
				+ "updated_at = :now WHERE account = :account AND paused = TRUE")
			.param("account", account)
			.param("now", utc(now))
			.update() == 1;
	}

	/** Keeps what X last said of the quota, and the time before which nothing may be sent. */
	void quota(String account, RateLimitStatus quota, Instant blockedUntil, Instant now) {
		jdbc.sql("""
				UPDATE account_state SET rate_limit = :limit, rate_remaining = :remaining, rate_reset = :reset,
				       daily_limit = :dailyLimit, daily_remaining = :dailyRemaining, daily_reset = :dailyReset,
				       blocked_until = :blockedUntil, updated_at = :now
				WHERE account = :account
				""")
			.param("account", account)
			.param("limit", quota.limit())
			.param("remaining", quota.remaining())
			.param("reset", utc(quota.reset()))
			.param("dailyLimit", quota.dailyLimit())
			.param("dailyRemaining", quota.dailyRemaining())
			.param("dailyReset", utc(quota.dailyReset()))
			.param("blockedUntil", utc(blockedUntil))
			.param("now", utc(now))
			.update();
	}

	int publishedSince(String account, Instant since) {
		return jdbc.sql("SELECT COUNT(*) FROM post WHERE account = :account AND status = 'PUBLISHED' "
				+ "AND published_at > :since")
			.param("account", account)
			.param("since", utc(since))
			.query(Integer.class)
			.single();
	}


	private static Row row(ResultSet rs, int n) throws SQLException {
		RateLimitStatus quota = new RateLimitStatus(integer(rs, "rate_limit"), integer(rs, "rate_remaining"),
				instant(rs, "rate_reset"), integer(rs, "daily_limit"), integer(rs, "daily_remaining"),
				instant(rs, "daily_reset"));
		return new Row(rs.getString("account"), rs.getBoolean("paused"), rs.getString("paused_reason"),
				instant(rs, "paused_at"), instant(rs, "blocked_until"), quota, instant(rs, "last_sent_at"));
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

}
