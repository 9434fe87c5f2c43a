package nashir.feed;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nashir.feed.WebSubSubscription.State;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code websub_subscription}: one subscription per feed. */
@Repository
class WebSubStore {

	private final JdbcClient jdbc;

	WebSubStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<WebSubSubscription> find(String feedId) {
		return this.jdbc.sql("SELECT * FROM websub_subscription WHERE feed_id = ?")
			.param(feedId)
			.query(WebSubStore::subscription)
			.optional();
	}

	/** Active subscriptions whose lease ends before {@code limit}. */
	List<WebSubSubscription> expiringBefore(Instant limit) {
		return this.jdbc.sql("SELECT * FROM websub_subscription WHERE state = 'ACTIVE' AND lease_expires_at < ?")
			.param(FeedLedger.time(limit))
			.query(WebSubStore::subscription)
			.list();
	}

	void savePending(String feedId, URI hub, URI topic, String secret, Instant now) {
		int updated = this.jdbc
			.sql("UPDATE websub_subscription SET hub_url = ?, topic_url = ?, secret = ?, state = 'PENDING', "
					+ "requested_at = ? WHERE feed_id = ?")
			.params(hub.toString(), topic.toString(), secret, FeedLedger.time(now), feedId)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("INSERT INTO websub_subscription (feed_id, hub_url, topic_url, secret, state, requested_at) "
						+ "VALUES (?, ?, ?, ?, 'PENDING', ?)")
				.params(feedId, hub.toString(), topic.toString(), secret, FeedLedger.time(now))
				.update();
		}
	}

	void activate(String feedId, Instant leaseExpiresAt) {
		this.jdbc.sql("UPDATE websub_subscription SET state = 'ACTIVE', lease_expires_at = ? WHERE feed_id = ?")
			.params(FeedLedger.time(leaseExpiresAt), feedId)
			.update();
	}

	void deny(String feedId) {
		this.jdbc.sql("UPDATE websub_subscription SET state = 'DENIED' WHERE feed_id = ?").param(feedId).update();
	}

	private static WebSubSubscription subscription(ResultSet rs, int row) throws SQLException {
		return new WebSubSubscription(rs.getString("feed_id"), URI.create(rs.getString("hub_url")),
				URI.create(rs.getString("topic_url")), rs.getString("secret"), State.valueOf(rs.getString("state")),
				FeedLedger.instant(rs, "requested_at"), FeedLedger.instant(rs, "lease_expires_at"));
	}

}
