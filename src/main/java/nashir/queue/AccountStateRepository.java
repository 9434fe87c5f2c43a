package nashir.queue;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nashir.publish.AccountPause;
import nashir.publish.RateLimitStatus;
import nashir.text.Reason;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static nashir.queue.Timestamps.instant;
import static nashir.queue.Timestamps.utc;

/** The {@code account_state} table. Every change is a conditional update, so nodes can share it. */
@Repository
class AccountStateRepository {

	/**
	 * A row of the table.
	 *
	 * @param pause why X paused the account, or {@code null}
	 * @param probeAt while paused for credits, when the account next tries one post
	 * @param budgetSpell the last budget spell the account was in ({@link Spending.Wait#spell()}), or {@code null}
	 * @param budgetReason why that spell held posts back
	 */
	record Row(String account, AccountPause pause, Instant pausedAt, Instant probeAt, Instant blockedUntil,
			RateLimitStatus quota, Instant lastSentAt, String budgetSpell, Reason budgetReason) {

		/** The state of an account that has not posted yet. */
		static Row fresh(String account) {
			return new Row(account, null, null, null, null, RateLimitStatus.UNKNOWN, null, null, null);
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
	 * Takes the account's next posting slot: only if it is not paused (or its probe is due), not
	 * blocked, and its last post started at least {@code minInterval} ago. One winner per slot,
	 * whatever the node; a probe moves the next probe to {@code nextProbe}, so one post goes per probe.
	 */
	boolean takeSlot(String account, Instant now, Instant lastSentNoLaterThan, Instant nextProbe) {
		return jdbc.sql("""
				UPDATE account_state SET last_sent_at = :now, updated_at = :now,
				       probe_at = CASE WHEN paused = TRUE THEN :nextProbe ELSE probe_at END
				WHERE account = :account
				  AND (paused = FALSE OR (probe_at IS NOT NULL AND probe_at <= :now))
				  AND (blocked_until IS NULL OR blocked_until <= :now)
				  AND (last_sent_at IS NULL OR last_sent_at <= :threshold)
				""")
			.param("account", account)
			.param("now", utc(now))
			.param("threshold", utc(lastSentNoLaterThan))
			.param("nextProbe", utc(nextProbe))
			.update() == 1;
	}

	/** Pauses the account; a pause that goes on (a probe X refused again) keeps its first time. */
	void pause(String account, AccountPause pause, Instant probeAt, Instant now) {
		jdbc.sql("""
				UPDATE account_state SET paused = TRUE, pause_kind = :kind, paused_reason = :reason,
				       paused_at = CASE WHEN paused = TRUE THEN paused_at ELSE :now END, probe_at = :probeAt,
				       updated_at = :now
				WHERE account = :account
				""")
			.param("account", account)
			.param("kind", pause.kind().name())
			.param("reason", FreeText.fit(pause.why()))
			.param("probeAt", utc(probeAt))
			.param("now", utc(now))
			.update();
	}

	/** Ends the account's pause; {@code onlyKind} ends it only if it is of that kind. */
	boolean resume(String account, AccountPause.Kind onlyKind, Instant now) {
		String sql = """
				UPDATE account_state SET paused = FALSE, pause_kind = NULL, paused_reason = NULL, paused_at = NULL,
				       probe_at = NULL, updated_at = :now
				WHERE account = :account AND paused = TRUE""";
		JdbcClient.StatementSpec resume = (onlyKind == null) ? jdbc.sql(sql)
				: jdbc.sql(sql + " AND pause_kind = :kind").param("kind", onlyKind.name());
		return resume.param("account", account).param("now", utc(now)).update() == 1;
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

	/** What X charged for the account's posts published since then, in USD (the recorded costs). */
	BigDecimal spentSince(String account, Instant since) {
		return jdbc.sql("SELECT COALESCE(SUM(cost_usd), 0) FROM post WHERE account = :account "
				+ "AND published_at >= :since AND status = 'PUBLISHED'")
			.param("account", account)
			.param("since", utc(since))
			.query(BigDecimal.class)
			.single();
	}

	/** What X charged for each account's posts, ever (accounts that paid nothing are left out). */
	Map<String, BigDecimal> spentInAll() {
		return jdbc.sql("SELECT account, SUM(cost_usd) AS spent FROM post WHERE cost_usd IS NOT NULL GROUP BY account")
			.query((rs, n) -> Map.entry(rs.getString("account"), rs.getBigDecimal("spent")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Marks the account as in this budget spell, unless it already is: true for the one caller, of
	 * whatever node, that started the spell.
	 */
	boolean enterBudgetSpell(String account, String spell, Reason reason, Instant now) {
		return jdbc.sql("""
				UPDATE account_state SET budget_spell = :spell, budget_reason = :reason, updated_at = :now
				WHERE account = :account AND (budget_spell IS NULL OR budget_spell <> :spell)
				""")
			.param("account", account)
			.param("spell", spell)
			.param("reason", FreeText.fit(reason))
			.param("now", utc(now))
			.update() == 1;
	}

	/** When the account's posts of the window were published, oldest first. */
	List<Instant> publishedTimesSince(String account, Instant since) {
		return jdbc.sql("SELECT published_at FROM post WHERE account = :account AND status = 'PUBLISHED' "
				+ "AND published_at > :since ORDER BY published_at")
			.param("account", account)
			.param("since", utc(since))
			.query((rs, n) -> instant(rs, "published_at"))
			.list();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		RateLimitStatus quota = new RateLimitStatus(integer(rs, "rate_limit"), integer(rs, "rate_remaining"),
				instant(rs, "rate_reset"), integer(rs, "daily_limit"), integer(rs, "daily_remaining"),
				instant(rs, "daily_reset"));
		AccountPause pause = !rs.getBoolean("paused") ? null
				: new AccountPause(kind(rs.getString("pause_kind")), Reason.read(rs.getString("paused_reason")));
		return new Row(rs.getString("account"), pause, instant(rs, "paused_at"), instant(rs, "probe_at"),
				instant(rs, "blocked_until"), quota, instant(rs, "last_sent_at"), rs.getString("budget_spell"),
				Reason.read(rs.getString("budget_reason")));
	}

	/** Pauses written before kinds were kept were all 401s. */
	private static AccountPause.Kind kind(String name) {
		return name == null ? AccountPause.Kind.CREDENTIALS : AccountPause.Kind.valueOf(name);
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

}
