package nashir.feed;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;

import nashir.feed.FetchResult.Validators;
import nashir.text.Reason;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code feed_state} (per-feed polling state and health), {@code feed_item} (every item ever seen) and
 * {@code feed_item_failure} (why an item was not handed on).
 */
@Repository
class FeedLedger {

	private static final String STATE_COLUMNS = "feed_id, url, etag, last_modified, baseline_at, last_poll_at, "
			+ "last_success_at, consecutive_failures, last_error, retry_at, notice, notice_at, body_hash";

	/** Keys asked about per query: far below the bind-parameter limits (PostgreSQL: 65,535) of a 100,000-item feed. */
	static final int IN_LIST_SIZE = 1_024;

	/** The shortest list asked: lists are padded up to a power of two, so that a few statements serve every size. */
	private static final int SHORTEST_LIST = 16;

	/** The sizes of the ledger's text columns (V2, V17). */
	private static final int TEXT_COLUMN = 2_000;

	private static final int ERROR_COLUMN = 1_000;

	private final JdbcTemplate template;

	private final JdbcClient jdbc;

	private final KnownKeys remembered = new KnownKeys();

	FeedLedger(JdbcTemplate template) {
		this.template = template;
		this.jdbc = JdbcClient.create(template);
	}

	Optional<FeedState> state(String feedId) {
		return this.jdbc.sql("SELECT " + STATE_COLUMNS + " FROM feed_state WHERE feed_id = ?")
			.param(feedId)
			.query(FeedLedger::state)
			.optional();
	}

	List<FeedState> states() {
		return this.jdbc.sql("SELECT " + STATE_COLUMNS + " FROM feed_state ORDER BY feed_id").query(FeedLedger::state).list();
	}

	Set<String> knownKeys(String feedId, Collection<String> keys) {
		return known("item_key", feedId, keys);
	}

	/**
	 * Which of the keys of a feed's whole body the ledger has, asking the database only about those the
	 * feed's last such question did not find ({@link KnownKeys}).
	 */
	Set<String> knownKeysOfBody(String feedId, Collection<String> keys) {
		return this.remembered.known(feedId, keys, (unknown) -> knownKeys(feedId, unknown));
	}

	/** After a poll's items are committed: all the feed's body has, for {@link #knownKeysOfBody}'s next question. */
	void rememberKnownKeys(String feedId, Collection<String> keys) {
		this.remembered.remember(feedId, keys);
	}

	Set<String> knownLinkKeys(String feedId, Collection<String> linkKeys) {
		return known("link_key", feedId, linkKeys);
	}

	private Set<String> known(String column, String feedId, Collection<String> values) {
		List<String> all = List.copyOf(values);
		Set<String> known = new HashSet<>();
		for (int from = 0; from < all.size(); from += IN_LIST_SIZE) {
			List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_LIST_SIZE));
			int size = Math.max(SHORTEST_LIST, Integer.highestOneBit(chunk.size() - 1) << 1);
			List<Object> pairs = new ArrayList<>(2 * size);
			for (int i = 0; i < size; i++) {
				pairs.add(feedId);
				pairs.add(chunk.get(Math.min(i, chunk.size() - 1)));
			}
			// (feed, key) pairs: both databases look each one up in the feed's own index. A key list
			// alone finds the story in every feed of a site that has it, and H2 uses an index for an IN
			// list only by the index's first column, so "feed_id = ?" beside it tests every row of the feed.
			this.jdbc.sql("SELECT " + column + " FROM feed_item WHERE (feed_id, " + column + ") IN ("
					+ String.join(", ", Collections.nCopies(size, "(?, ?)")) + ")")
				.params(pairs)
				.query((rs) -> {
					known.add(rs.getString(1));
				});
		}
		return known;
	}

	/** Records items as seen, in one JDBC batch: a first read records a whole feed at once. */
	void record(String feedId, Map<FeedEntry, String> linkKeys, Instant now) {
		if (linkKeys.isEmpty()) {
			return;
		}
		List<Object[]> rows = linkKeys.entrySet()
			.stream()
			.map((entry) -> new Object[] { feedId, entry.getKey().key(), cut(entry.getKey().link().toString()),
					cut(entry.getKey().title()), time(entry.getKey().published()), time(now), entry.getValue() })
			.toList();
		this.template.batchUpdate("INSERT INTO feed_item (feed_id, item_key, link, title, published_at, first_seen_at, "
				+ "link_key) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
	}

	/** Notes why a recorded item was not handed on: once, since an item is handed on once. */
	void recordFailure(String feedId, String itemKey, String reason, Instant now) {
		this.jdbc.sql("INSERT INTO feed_item_failure (feed_id, item_key, error, failed_at) VALUES (?, ?, ?, ?)")
			.params(feedId, itemKey, HtmlText.cut(reason, ERROR_COLUMN), time(now))
			.update();
	}

	/** The feed's latest items that could not be handed on, newest first. */
	List<ItemFailure> failures(String feedId, int limit) {
		return this.jdbc.sql("""
				SELECT f.item_key, i.title, i.link, f.error, f.failed_at FROM feed_item_failure f
				JOIN feed_item i ON i.feed_id = f.feed_id AND i.item_key = f.item_key
				WHERE f.feed_id = ? ORDER BY f.failed_at DESC, f.item_key LIMIT ?""")
			.params(feedId, limit)
			.query((rs, row) -> new ItemFailure(rs.getString("item_key"), rs.getString("title"), rs.getString("link"),
					rs.getString("error"), instant(rs, "failed_at")))
			.list();
	}

	/**
	 * After a read: the feed is healthy again. {@code validators} and {@code bodyHash} {@code null}
	 * keep the stored ones (a push has neither); a {@code notice} replaces the last one, {@code null} keeps it.
	 */
	void saveSuccess(String feedId, URI url, Validators validators, String bodyHash, boolean baseline, Reason notice,
			Instant now) {
		upsert(feedId, url, () -> this.jdbc.sql("""
				UPDATE feed_state SET url = :url, last_poll_at = :now, last_success_at = :now,
				  consecutive_failures = 0, last_error = NULL, retry_at = NULL,
				  baseline_at = CASE WHEN :baseline THEN :now ELSE baseline_at END,
				  notice = CASE WHEN :hasNotice THEN :notice ELSE notice END,
				  notice_at = CASE WHEN :hasNotice THEN :now ELSE notice_at END,
				  etag = CASE WHEN :keep THEN etag ELSE :etag END,
				  last_modified = CASE WHEN :keep THEN last_modified ELSE :lastModified END,
				  body_hash = CASE WHEN :hasHash THEN :bodyHash ELSE body_hash END
				WHERE feed_id = :feedId""")
			.param("feedId", feedId)
			.param("url", url.toString())
			.param("now", time(now))
			.param("baseline", baseline)
			.param("hasNotice", notice != null)
			.param("notice", notice == null ? null : notice.stored(TEXT_COLUMN))
			.param("keep", validators == null)
			.param("etag", validators == null ? null : validators.etag())
			.param("lastModified", validators == null ? null : validators.lastModified())
			.param("hasHash", bodyHash != null)
			.param("bodyHash", bodyHash)
			.update());
	}

	/** Only for a feed that was not healthy: a healthy one's 304 writes nothing at all. */
	void saveNotModified(String feedId, URI url, Instant now) {
		upsert(feedId, url, () -> this.jdbc.sql("UPDATE feed_state SET last_poll_at = ?, last_success_at = ?, "
				+ "consecutive_failures = 0, last_error = NULL, retry_at = NULL WHERE feed_id = ?")
			.params(time(now), time(now), feedId)
			.update());
	}

	/** The stored URL is left alone so that a feed moved to a failing URL still takes its baseline later. */
	void saveFailure(String feedId, URI url, Reason error, int failures, Instant retryAt, Instant now) {
		upsert(feedId, url, () -> this.jdbc.sql("UPDATE feed_state SET last_poll_at = ?, consecutive_failures = ?, "
				+ "last_error = ?, retry_at = ? WHERE feed_id = ?")
			.params(time(now), failures, error.stored(TEXT_COLUMN), time(retryAt), feedId)
			.update());
	}

	/** Runs {@code update}; on a feed's very first poll there is no row yet, so it is created first. */
	private void upsert(String feedId, URI url, IntSupplier update) {
		if (update.getAsInt() == 0) {
			this.jdbc.sql("INSERT INTO feed_state (feed_id, url) VALUES (?, ?)").params(feedId, url.toString()).update();
			update.getAsInt();
		}
	}

	private static FeedState state(ResultSet rs, int row) throws SQLException {
		return new FeedState(rs.getString("feed_id"), URI.create(rs.getString("url")),
				new Validators(rs.getString("etag"), rs.getString("last_modified")), instant(rs, "baseline_at"),
				instant(rs, "last_poll_at"), instant(rs, "last_success_at"), rs.getInt("consecutive_failures"),
				rs.getString("last_error"), instant(rs, "retry_at"), rs.getString("notice"), instant(rs, "notice_at"),
				rs.getString("body_hash"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	/** PostgreSQL's driver binds OffsetDateTime but not Instant to TIMESTAMP WITH TIME ZONE. */
	static OffsetDateTime time(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static String cut(String text) {
		return HtmlText.cut(text, TEXT_COLUMN);
	}

}
