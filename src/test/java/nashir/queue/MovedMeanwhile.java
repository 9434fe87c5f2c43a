package nashir.queue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

import org.h2.api.Trigger;

/**
 * An H2 trigger on the account's slot that, the first time a lane takes it, cancels {@link #post} from a
 * session of its own, as an editor would in the moment between the lane's read of the post and its claim.
 */
public class MovedMeanwhile implements Trigger {

	static final AtomicLong post = new AtomicLong();

	/** A trigger's own connection is the writer's session: the editor needs another one. */
	static final String DATABASE = "jdbc:h2:mem:nashir-test";

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		long id = post.getAndSet(0);
		if (id == 0) {
			return;
		}
		try (Connection editor = DriverManager.getConnection(DATABASE, "sa", "");
				PreparedStatement cancel = editor.prepareStatement("UPDATE post SET status = 'CANCELED' WHERE id = ?")) {
			cancel.setLong(1, id);
			cancel.executeUpdate();
		}
	}

}
