package nashir.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who did what and when, with the text before and after: one row per editor action, in {@code audit_entry}. */
@Component
class AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One action.
	 *
	 * @param postId the post acted on, or {@code null}
	 * @param target the schedule or user acted on, or {@code null}
	 */
	record Entry(long id, Instant at, String username, String action, Long postId, String target, String textBefore,
			String textAfter, String detail) {
	}

	void record(String username, String action, Long postId, String target, String textBefore, String textAfter,
			String detail) {
		jdbc.sql("INSERT INTO audit_entry (at, username, action, post_id, target, text_before, text_after, detail) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(Sql.utc(clock.instant()), username, action, postId, target, textBefore, textAfter, detail)
			.update();
	}

	List<Entry> latest(int limit) {
		return search(AuditFilter.none(), null, 0, limit);
	}

	/**
	 * The entries {@code filter} asks for, its days read in {@code zone}, newest first: {@code limit} of
	 * them from {@code offset}.
	 */
	List<Entry> search(AuditFilter filter, NewsroomZone zone, int offset, int limit) {
		Instant start = filter.start(zone);
		Instant end = filter.end(zone);
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (filter.user() != null && !filter.user().isBlank()) {
			where.append(" AND username = ?");
			params.add(filter.user());
		}
		if (filter.action() != null && !filter.action().isBlank()) {
			where.append(" AND action = ?");
			params.add(filter.action());
		}
		if (start != null) {
			where.append(" AND at >= ?");
			params.add(Sql.utc(start));
		}
		if (end != null) {
			where.append(" AND at < ?");
			params.add(Sql.utc(end));
		}
		return jdbc.sql("SELECT * FROM audit_entry" + where + " ORDER BY at DESC, id DESC OFFSET " + offset
				+ " ROWS FETCH FIRST " + limit + " ROWS ONLY")
			.params(params)
			.query((rs, n) -> new Entry(rs.getLong("id"), Sql.instant(rs, "at"), rs.getString("username"),
					rs.getString("action"), rs.getObject("post_id", Long.class), rs.getString("target"),
					rs.getString("text_before"), rs.getString("text_after"), rs.getString("detail")))
			.list();
	}

	/** Everyone who has acted, for the page's filter. */
	List<String> users() {
		return jdbc.sql("SELECT DISTINCT username FROM audit_entry ORDER BY username").query(String.class).list();
	}

}
