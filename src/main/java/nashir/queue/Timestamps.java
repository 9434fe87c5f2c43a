package nashir.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants to and from {@code TIMESTAMP WITH TIME ZONE}. Through {@link OffsetDateTime}, the one
 * type both H2 and the PostgreSQL driver accept.
 */
public final class Timestamps {

	private Timestamps() {
	}

	/**
	 * Truncated to microseconds, what both databases keep: they would round instead, and a post due
	 * "now" rounded up would not be due yet.
	 */
	public static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

	public static Instant instant(ResultSet rs, String column) throws SQLException {
		return instant(rs.getObject(column, OffsetDateTime.class));
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		return instant(rs.getObject(column, OffsetDateTime.class));
	}

	private static Instant instant(OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

}
