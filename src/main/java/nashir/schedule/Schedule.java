package nashir.schedule;

import java.net.URI;
import java.util.List;

import nashir.compose.ComposeRules;
import nashir.feed.FeedFilter;
import nashir.feed.FeedSource;

/**
 * One schedule file, checked: which feed, how often, to which accounts, with which rules.
 *
 * @param id the file's name without {@code .yml}
 * @param site the site's name for {@code {site}}, or empty
 */
public record Schedule(String id, URI feed, PollTrigger trigger, List<String> accounts, ComposeRules compose,
		Mode mode, int backlog, boolean enabled, FeedFilter filter, String site) {

	public Schedule {
		accounts = List.copyOf(accounts);
	}

	/** Whether new posts go straight to the queue or wait for an editor. */
	public enum Mode {

		AUTO, REVIEW

	}

	public FeedSource feedSource() {
		return new FeedSource(id, feed, backlog, filter);
	}

}
