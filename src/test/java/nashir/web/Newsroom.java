package nashir.web;

import java.time.Instant;
import java.time.ZoneOffset;

import nashir.queue.PostStatus;
import nashir.text.Reason;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Test data as a newsroom's day leaves it: posts in every state with their log events, written
 * straight to the queue's tables (the web layer only reads them).
 */
class Newsroom {

	private final JdbcClient jdbc;

	Newsroom(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Why X refused the day's failed posts, as the publisher stores it: X's own words are its argument. */
	static final Reason REFUSED_IMAGE = Reason.of("publish.error.refused", "X refused the post (400 media larger than 5 MB)",
			"400 media larger than 5 MB");

	void clear() {
		jdbc.sql("DELETE FROM feed_state").update();
		jdbc.sql("DELETE FROM post_event").update();
		jdbc.sql("DELETE FROM post").update();
		jdbc.sql("DELETE FROM audit_entry").update();
	}

	/** A post from a schedule; published ones get a tweet id, failed ones an error, each an event. */
	long post(String account, String schedule, String text, PostStatus status, Instant dueAt, Instant detectedAt,
			Instant publishedAt) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO post (schedule_id, account, item_key, title, link, text, status, urgent, due_at, "
				+ "detected_at, attempts, tweet_id, error, created_at, updated_at, published_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(schedule, account, schedule == null ? null : "k-" + text.hashCode() + "-" + account, text,
					"https://ofoq.example.com/", text, status.name(), utc(dueAt), utc(detectedAt),
					status == PostStatus.PUBLISHED || status == PostStatus.FAILED ? 1 : 0,
					status == PostStatus.PUBLISHED ? String.valueOf(1862000000000000000L + Math.abs(text.hashCode())) : null,
					status == PostStatus.FAILED ? REFUSED_IMAGE.stored() : null,
					utc(detectedAt), utc(detectedAt), utc(publishedAt))
			.update(key, "id");
		long id = key.getKey().longValue();
		Instant at = publishedAt != null ? publishedAt : detectedAt;
		jdbc.sql("INSERT INTO post_event (post_id, at, from_status, to_status, node, detail) VALUES (?, ?, ?, ?, ?, ?)")
			.params(id, utc(at), null, status.name(), "test", "fixture")
			.update();
		return id;
	}

	/** A feed as its last polls left it; {@code error} null for a healthy one. */
	void feed(String id, String url, Instant lastPoll, Instant lastSuccess, int failures, String error) {
		jdbc.sql("INSERT INTO feed_state (feed_id, url, baseline_at, last_poll_at, last_success_at, consecutive_failures, "
				+ "last_error) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(id, url, utc(lastSuccess), utc(lastPoll), utc(lastSuccess), failures, error)
			.update();
	}

	private static Object utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

}
