package nashir.queue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.api.Trigger;

/**
 * An H2 trigger that refuses the next {@link #failures} writes of a post's PUBLISHED result, or on
 * {@code account_state} the next {@link #quotaFailures} writes of what X said of the quota, as a full disk
 * or a dropped connection would: the database, not the code, fails the write.
 */
public class FailingWrite implements Trigger {

	static final AtomicInteger failures = new AtomicInteger();

	static final AtomicInteger quotaFailures = new AtomicInteger();

	/** Where {@code rate_remaining} is in an {@code account_state} row; -1 on the post table. */
	private int quotaColumn = -1;

	@Override
	public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
			throws SQLException {
		if (table.equalsIgnoreCase("account_state")) {
			try (ResultSet column = connection.getMetaData().getColumns(null, schema, table, "RATE_REMAINING")) {
				column.next();
				quotaColumn = column.getInt("ORDINAL_POSITION") - 1;
			}
		}
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		boolean refused = quotaColumn < 0
				? newRow != null && Arrays.asList(newRow).contains(PostStatus.PUBLISHED.name()) && take(failures)
				: !Objects.equals(oldRow[quotaColumn], newRow[quotaColumn]) && take(quotaFailures);
		if (refused) {
			throw new SQLException("No space left on device (a test's trigger)", "HY000");
		}
	}

	private static boolean take(AtomicInteger left) {
		return left.getAndUpdate((n) -> Math.max(n - 1, 0)) > 0;
	}

}
