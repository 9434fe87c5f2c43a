package nashir.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.api.Trigger;

/**
 * An H2 trigger that refuses the next {@link #failures} writes of a post's PUBLISHED result, as
 * a full disk or a dropped connection would: the database, not the code, fails the write.
 */
public class FailingWrite implements Trigger {

	static final AtomicInteger failures = new AtomicInteger();

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		if (newRow != null && Arrays.asList(newRow).contains(PostStatus.PUBLISHED.name())
				&& failures.getAndUpdate((n) -> Math.max(n - 1, 0)) > 0) {
			throw new SQLException("No space left on device (a test's trigger)", "HY000");
		}
	}

}
