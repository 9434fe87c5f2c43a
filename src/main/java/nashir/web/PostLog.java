package nashir.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nashir.queue.Post;
import nashir.queue.PostStatus;
import nashir.text.Reason;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of the queue's tables as the pages need them: waiting posts, the filtered log and
 * the dashboard's raw numbers. Read-only; every change goes through the queue's PostEditor.
 */
@Component
class PostLog {

	static final int MAX_ROWS = 500;

	private static final String COLUMNS = "id, schedule_id, account, item_key, title, link, text, image_url, status, "
			+ "urgent, due_at, story_at, detected_at, attempts, reclaimed, tweet_id, dry_run, error, created_at, "
			+ "updated_at, published_at, cost_usd, budget_override, published_url";

	/** The log's time: when the post went out, or when it was written for one that has not (yet). */
	private static final String LOG_TIME = "COALESCE(published_at, created_at)";

	private final JdbcClient jdbc;

	private final NewsroomZone zone;

	PostLog(JdbcClient jdbc, NewsroomZone zone) {
		this.jdbc = jdbc;
		this.zone = zone;
	}

	/** Posts that will be sent, urgent first, then by due time. */
	List<Post> upcoming() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM post WHERE status IN ('QUEUED', 'RETRY_WAIT', 'PUBLISHING') "
				+ "ORDER BY account, urgent DESC, due_at, id FETCH FIRST " + MAX_ROWS + " ROWS ONLY")
			.query(PostLog::post)
			.list();
	}

	/** Posts waiting for an editor, oldest story first. */
	List<Post> inReview() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM post WHERE status = 'REVIEW' ORDER BY detected_at, id "
				+ "FETCH FIRST " + MAX_ROWS + " ROWS ONLY")
			.query(PostLog::post)
			.list();
	}

	/** The posts a schedule will send next (waiting for review, queued or about to retry). */
	List<Post> nextOf(String scheduleId, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM post WHERE schedule_id = ? "
				+ "AND status IN ('REVIEW', 'QUEUED', 'RETRY_WAIT') ORDER BY due_at, id FETCH FIRST " + limit + " ROWS ONLY")
			.param(scheduleId)
			.query(PostLog::post)
			.list();
	}

	/**
	 * The log narrowed by {@code filter}, newest first, at most {@link #MAX_ROWS}. The words match
	 * whatever Arabic spelling variants the text has (ArabicSearch).
	 */
	List<Post> search(LogFilter filter) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (filter.status() != null) {
			where.append(" AND status = ?");
			params.add(filter.status().name());
		}
		if (hasText(filter.account())) {
			where.append(" AND account = ?");
			params.add(filter.account());
		}
		if (hasText(filter.schedule())) {
			where.append(" AND schedule_id = ?");
			params.add(filter.schedule());
		}
		if (filter.from() != null) {
			where.append(" AND " + LOG_TIME + " >= ?");
			params.add(Sql.utc(zone.toInstant(filter.from().atStartOfDay())));
		}
		if (filter.to() != null) {
			where.append(" AND " + LOG_TIME + " < ?");
			params.add(Sql.utc(zone.toInstant(filter.to().plusDays(1).atStartOfDay())));
		}
		if (hasText(filter.q())) {
			where.append(" AND " + ArabicSearch.sql("text") + " LIKE ? ESCAPE '\\'");
			params.add("%" + likeEscaped(ArabicSearch.fold(filter.q().strip())) + "%");
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM post" + where + " ORDER BY " + LOG_TIME + " DESC, id DESC FETCH FIRST "
				+ MAX_ROWS + " ROWS ONLY")
			.params(params)
			.query(PostLog::post)
			.list();
	}

	/**
	 * The posts of the calendar's week: those due in [{@code start}, {@code end}) that will be sent
	 * (or wait for review), and those published then; by time, then account.
	 */
	List<Post> calendar(Instant start, Instant end) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM post WHERE (status IN ('REVIEW', 'QUEUED', 'RETRY_WAIT', "
				+ "'PUBLISHING') AND due_at >= ? AND due_at < ?) OR (status = 'PUBLISHED' AND published_at >= ? "
				+ "AND published_at < ?) ORDER BY COALESCE(published_at, due_at), account, id FETCH FIRST " + MAX_ROWS
				+ " ROWS ONLY")
			.params(Sql.utc(start), Sql.utc(end), Sql.utc(start), Sql.utc(end))
			.query(PostLog::post)
			.list();
	}

	List<String> accounts() {
		return jdbc.sql("SELECT DISTINCT account FROM post ORDER BY account").query(String.class).list();
	}

	/** Every post published since {@code since}: who, when it was detected and when it went out. */
	List<Published> publishedSince(Instant since) {
		return jdbc.sql("SELECT account, detected_at, published_at FROM post WHERE status = 'PUBLISHED' "
				+ "AND published_at >= ? ORDER BY published_at")
			.param(Sql.utc(since))
			.query((rs, n) -> new Published(rs.getString("account"), Sql.instant(rs, "detected_at"),
					Sql.instant(rs, "published_at")))
			.list();
	}

	/** Every failed attempt since {@code since}, transient or final. */
	List<Failure> failuresSince(Instant since) {
		return jdbc.sql("SELECT p.account, e.at, e.to_status FROM post_event e JOIN post p ON p.id = e.post_id "
				+ "WHERE e.to_status IN ('RETRY_WAIT', 'FAILED') AND e.at >= ? ORDER BY e.at")
			.param(Sql.utc(since))
			.query((rs, n) -> new Failure(rs.getString("account"), Sql.instant(rs, "at"),
					PostStatus.valueOf(rs.getString("to_status"))))
			.list();
	}

	record Published(String account, Instant detectedAt, Instant publishedAt) {
	}

	record Failure(String account, Instant at, PostStatus status) {
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static Post post(ResultSet rs, int row) throws SQLException {
		return new Post(rs.getLong("id"), rs.getString("schedule_id"), rs.getString("account"), rs.getString("item_key"),
				rs.getString("title"), rs.getString("link"), rs.getString("text"), rs.getString("image_url"),
				PostStatus.valueOf(rs.getString("status")), rs.getBoolean("urgent"), Sql.instant(rs, "due_at"),
				Sql.instant(rs, "story_at"), Sql.instant(rs, "detected_at"), rs.getInt("attempts"),
				rs.getBoolean("reclaimed"), rs.getString("tweet_id"), rs.getBoolean("dry_run"),
				Reason.english(rs.getString("error")), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"),
				Sql.instant(rs, "published_at"), Reason.read(rs.getString("error")), rs.getBigDecimal("cost_usd"),
				rs.getBoolean("budget_override"), rs.getString("published_url"));
	}

}
