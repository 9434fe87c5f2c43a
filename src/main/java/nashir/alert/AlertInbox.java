package nashir.alert;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

/** The alerts as each user sees them: what is unread, the latest, and marking them read. As {@code @alertInbox}. */
@Service("alertInbox")
public class AlertInbox {

	private final AlertRepository alerts;

	private final Clock clock;

	AlertInbox(AlertRepository alerts, Clock clock) {
		this.alerts = alerts;
		this.clock = clock;
	}

	/** @param read whether this user has marked it read */
	public record Entry(Alert alert, boolean read) {
	}

	/** The bell's number. */
	public int unread(String username) {
		return this.alerts.unread(username);
	}

	/** The newest alerts first, with this user's read marks. */
	public List<Entry> latest(String username, int limit) {
		return this.alerts.latest(username, limit);
	}

	/** @return false when the alert does not exist or this user had read it already */
	public boolean markRead(String username, long id) {
		return this.alerts.markRead(username, id, this.clock.instant()) > 0;
	}

	/** @return how many were unread */
	public int markAllRead(String username) {
		return this.alerts.markRead(username, null, this.clock.instant());
	}

}
