package nashir.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code alert} table and each user's read marks in {@code alert_read}. */
@Repository
class AlertRepository {

	/** The unit separator: never in a feed id, an account name or a title the sanitizer let through. */
	private static final String SEPARATOR = "\u001F";

	private static final int DETAIL_COLUMN = 2000;

	private final JdbcClient jdbc;

	AlertRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Alert insert(Alert alert) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO alert (kind, args, detail, created_at) VALUES (?, ?, ?, ?)")
			.params(alert.kind().name(), String.join(SEPARATOR, alert.args()),
					Alert.cut(alert.detail(), DETAIL_COLUMN), utc(alert.at()))
			.update(key, "id");
		return alert.stored(key.getKey().longValue());
	}

	int unread(String username) {
		return this.jdbc.sql("SELECT COUNT(*) FROM alert a WHERE " + UNREAD).param(username).query(Integer.class).single();
	}

	List<AlertInbox.Entry> latest(String username, int limit) {
		return this.jdbc.sql("SELECT a.*, CASE WHEN " + UNREAD + " THEN FALSE ELSE TRUE END AS is_read FROM alert a "
				+ "ORDER BY a.created_at DESC, a.id DESC LIMIT ?")
			.params(username, limit)
			.query((rs, row) -> new AlertInbox.Entry(alert(rs), rs.getBoolean("is_read")))
			.list();
	}

	/** Marks one alert read, or every unread one when {@code id} is {@code null}; a mark made twice is kept once. */
	int markRead(String username, Long id, Instant now) {
		return this.jdbc.sql("INSERT INTO alert_read (alert_id, username, read_at) SELECT a.id, ?, ? FROM alert a WHERE "
				+ UNREAD + " AND (CAST(? AS BIGINT) IS NULL OR a.id = ?)")
			.params(username, utc(now), username, id, id)
			.update();
	}

	private static final String UNREAD = "NOT EXISTS (SELECT 1 FROM alert_read r WHERE r.alert_id = a.id AND r.username = ?)";

	private static Alert alert(ResultSet rs) throws SQLException {
		AlertKind kind = AlertKind.valueOf(rs.getString("kind"));
		return new Alert(rs.getLong("id"), kind, Arrays.asList(rs.getString("args").split(SEPARATOR, -1)),
				rs.getString("detail"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
