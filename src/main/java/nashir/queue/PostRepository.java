package nashir.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nashir.text.Reason;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import static nashir.queue.Timestamps.instant;
import static nashir.queue.Timestamps.utc;

/** The {@code post} and {@code post_event} tables. Portable SQL: H2 and PostgreSQL. */
@Repository
class PostRepository {

	private static final String COLUMNS = "id, schedule_id, account, item_key, title, link, text, image_url, status, urgent, "
			+ "due_at, story_at, detected_at, attempts, reclaimed, tweet_id, dry_run, error, created_at, updated_at, published_at, cost_usd, budget_override, published_url";

	private final JdbcClient jdbc;

	PostRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the post unless the same story is already there for the account. Conditional rather
	 * than relying on the unique key alone, because a failed insert would abort the caller's
	 * transaction on PostgreSQL. An editor's post has no story key and is always inserted.
	 */
	Optional<Long> insertIfAbsent(NewPost post, Instant now) {
		String values = ":scheduleId, :account, :itemKey, :title, :link, :text, :imageUrl, :status, :urgent, "
				+ ":dueAt, :storyAt, :detectedAt, :now, :now, :findImage";
		String insert = "INSERT INTO post (schedule_id, account, item_key, title, link, text, image_url, status, "
				+ "urgent, due_at, story_at, detected_at, created_at, updated_at, find_image) ";
		String sql = post.itemKey() == null ? insert + "VALUES (" + values + ")"
				: insert + "SELECT " + values + " WHERE NOT EXISTS (SELECT 1 FROM post "
						+ "WHERE account = :account AND schedule_id = :scheduleId AND item_key = :itemKey)";
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		int rows = jdbc.sql(sql)
			.param("scheduleId", post.scheduleId())
			.param("account", post.account())
			.param("itemKey", post.itemKey())
			.param("title", post.title())
			.param("link", post.link())
			.param("text", post.text())
			.param("imageUrl", post.imageUrl())
			.param("status", post.initialStatus().name())
			.param("urgent", post.urgent())
			.param("dueAt", utc(post.dueAt()))
			.param("storyAt", utc(post.storyAt()))
			.param("detectedAt", utc(post.detectedAt()))
			.param("now", utc(now))
			.param("findImage", post.findImage() && post.imageUrl() == null && post.link() != null)
			.update(key, "id");
		return rows == 0 ? Optional.empty() : Optional.of(key.getKeyAs(Number.class).longValue());
	}

	Optional<Post> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM post WHERE id = :id").param("id", id).query(this::post).optional();
	}

	List<Post> latest(int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM post ORDER BY created_at DESC, id DESC LIMIT :limit")
			.param("limit", limit)
			.query(this::post)
			.list();
	}

	/** Whether the post is still to take its article page's image. */
	boolean findsImage(long id) {
		return jdbc.sql("SELECT find_image FROM post WHERE id = :id").param("id", id).query(Boolean.class).single();
	}

	/** Keeps the image found for the post, so the publish log shows what was attached. */
	void imageFound(long id, String imageUrl) {
		jdbc.sql("UPDATE post SET image_url = :imageUrl, find_image = FALSE WHERE id = :id")
			.param("id", id)
			.param("imageUrl", imageUrl)
			.update();
	}

	/** Accounts with queued posts whose time has come. */
	List<String> accountsWithDuePosts(Instant now) {
		return jdbc.sql("SELECT DISTINCT account FROM post WHERE status = 'QUEUED' AND due_at <= :now")
			.param("now", utc(now))
			.query(String.class)
			.list();
	}

	/**
	 * An account's queued posts whose time has come, in the order they should go: urgent, due, story
	 * time. The order names the account and state first, as ix_post_account_due (V8) does, so that H2
	 * reads the first entries of that index rather than sorting every due post.
	 */
	static final String DUE = "SELECT " + COLUMNS + """
			 FROM post WHERE account = :account AND status = 'QUEUED' AND due_at <= :now
			ORDER BY account, status, urgent DESC, due_at, story_at, id LIMIT :limit
			""";

	List<Post> due(String account, Instant now, int limit) {
		return jdbc.sql(DUE).param("account", account).param("now", utc(now)).param("limit", limit).query(this::post).list();
	}

	/** How many posts each account has in each state. */
	List<PostCount> counts() {
		return jdbc.sql("SELECT account, status, COUNT(*) AS n FROM post GROUP BY account, status")
			.query((rs, n) -> new PostCount(rs.getString("account"), PostStatus.valueOf(rs.getString("status")),
					rs.getLong("n")))
			.list();
	}

	/** Posts waiting to retry whose time has come. */
	List<Long> retriesDue(Instant now) {
		return jdbc.sql("SELECT id FROM post WHERE status = 'RETRY_WAIT' AND due_at <= :now")
			.param("now", utc(now))
			.query(Long.class)
			.list();
	}

	/** Posts whose node died while publishing them: their lease ran out. */
	List<Long> expiredClaims(Instant now) {
		return jdbc.sql("SELECT id FROM post WHERE status = 'PUBLISHING' AND claimed_until < :now")
			.param("now", utc(now))
			.query(Long.class)
			.list();
	}

	/**
	 * The earliest time after now at which a post falls due or a claim runs out: when the dispatcher
	 * must look again, unless something changes before.
	 */
	Optional<Instant> nextDue(Instant now) {
		return jdbc.sql("""
				SELECT MIN(at) FROM (
				SELECT MIN(due_at) AS at FROM post WHERE status = 'QUEUED' AND due_at > :now
				UNION ALL SELECT MIN(due_at) FROM post WHERE status = 'RETRY_WAIT' AND due_at > :now
				UNION ALL SELECT MIN(claimed_until) FROM post WHERE status = 'PUBLISHING') AS next_due
				""").param("now", utc(now)).query((rs, n) -> instant(rs, 1)).optional();
	}

	List<PostEvent> events(long postId) {
		return jdbc.sql("SELECT id, post_id, at, from_status, to_status, node, detail FROM post_event "
				+ "WHERE post_id = :postId ORDER BY id")
			.param("postId", postId)
			.query((rs, n) -> new PostEvent(rs.getLong("id"), rs.getLong("post_id"), instant(rs, "at"),
					status(rs.getString("from_status")), PostStatus.valueOf(rs.getString("to_status")),
					rs.getString("node"), rs.getString("detail")))
			.list();
	}

	/**
	 * Moves the post from {@code from} to {@code to} only if it is still in {@code from}, setting
	 * the given columns too. The condition is what makes a claim safe between threads and nodes.
	 */
	boolean update(long id, PostStatus from, PostStatus to, Map<String, Object> columns, Instant now) {
		StringBuilder sql = new StringBuilder("UPDATE post SET status = :to, updated_at = :now");
		columns.keySet().forEach(column -> sql.append(", ").append(column).append(" = :").append(column));
		sql.append(" WHERE id = :id AND status = :from");
		JdbcClient.StatementSpec statement = jdbc.sql(sql.toString())
			.param("to", to.name())
			.param("now", utc(now))
			.param("id", id)
			.param("from", from.name());
		for (Map.Entry<String, Object> column : columns.entrySet()) {
			Object value = column.getValue() instanceof Instant instant ? utc(instant)
					: column.getKey().equals("error") ? FreeText.fit((String) column.getValue()) : column.getValue();
			statement = statement.param(column.getKey(), value);
		}
		return statement.update() == 1;
	}

	void addEvent(long postId, PostStatus from, PostStatus to, String node, String detail, Instant at) {
		jdbc.sql("""
				INSERT INTO post_event (post_id, at, from_status, to_status, node, detail)
				VALUES (:postId, :at, :from, :to, :node, :detail)
				""")
			.param("postId", postId)
			.param("at", utc(at))
			.param("from", from == null ? null : from.name())
			.param("to", to.name())
			.param("node", node)
			.param("detail", FreeText.fit(detail))
			.update();
	}

	private Post post(ResultSet rs, int row) throws SQLException {
		return new Post(rs.getLong("id"), rs.getString("schedule_id"), rs.getString("account"),
				rs.getString("item_key"), rs.getString("title"), rs.getString("link"), rs.getString("text"),
				rs.getString("image_url"), PostStatus.valueOf(rs.getString("status")), rs.getBoolean("urgent"),
				instant(rs, "due_at"), instant(rs, "story_at"), instant(rs, "detected_at"), rs.getInt("attempts"),
				rs.getBoolean("reclaimed"), rs.getString("tweet_id"), rs.getBoolean("dry_run"),
				Reason.english(rs.getString("error")), instant(rs, "created_at"), instant(rs, "updated_at"),
				instant(rs, "published_at"), Reason.read(rs.getString("error")), rs.getBigDecimal("cost_usd"),
				rs.getBoolean("budget_override"), rs.getString("published_url"));
	}

	private static PostStatus status(String name) {
		return name == null ? null : PostStatus.valueOf(name);
	}

}
