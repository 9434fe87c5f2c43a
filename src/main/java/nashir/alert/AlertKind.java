package nashir.alert;

import java.util.List;
import java.util.Locale;

/**
 * What an alert is about, and the names of its message arguments (the fields of the plain JSON
 * webhook). In configuration each is written in lower case with dashes: {@code account-paused}.
 */
public enum AlertKind {

	/** X stopped taking posts from an account (credentials, credits or permission). */
	ACCOUNT_PAUSED("account", "pause"),
	/** A feed failed {@code nashir.alerts.feed-failures} polls in a row; once per failing spell. */
	FEED_FAILING("feed", "failures"),
	/** A feed that had been alerted as failing reads again. */
	FEED_RECOVERED("feed", "failures"),
	/** A post ended in FAILED. */
	POST_FAILED("post", "account", "title"),
	/** An account's daily or monthly budget is spent: its posts wait. */
	BUDGET_REACHED("account", "period", "budget", "spent");

	private final List<String> fields;

	AlertKind(String... fields) {
		this.fields = List.of(fields);
	}

	public List<String> fields() {
		return this.fields;
	}

	/** As configuration and webhooks write it: {@code account-paused}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
