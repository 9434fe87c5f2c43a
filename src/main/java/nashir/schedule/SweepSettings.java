package nashir.schedule;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How each node polls its share of the feeds ({@code nashir.feed.*}, beside the feed feature's own
 * limits).
 *
 * @param pollThreads polls running at once on a node
 * @param perHostLimit polls of one site running at once on a node: one slow site never takes every thread
 * @param claimLease how long a node may hold a schedule it polls; a dead node's schedules wait this long.
 *     Longer than a fetch and a parse together, or a slow poll could be taken over while it runs
 * @param sweep whether the sweep runs by itself (tests drive it)
 */
@ConfigurationProperties("nashir.feed")
record SweepSettings(@DefaultValue("8") int pollThreads, @DefaultValue("2") int perHostLimit,
		@DefaultValue("2m") Duration claimLease, @DefaultValue("true") boolean sweep) {

	SweepSettings {
		if (pollThreads < 1 || perHostLimit < 1) {
			throw new IllegalArgumentException("nashir.feed.poll-threads and nashir.feed.per-host-limit must be at least 1");
		}
	}

}
