package nashir.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import nashir.queue.AccountStates;
import nashir.queue.AccountStatus;
import nashir.queue.PostCount;
import nashir.queue.PostQueue;
import nashir.queue.PostStatus;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gauges read from the database, so that every node of a cluster reports the same truth: posts
 * by account and state, the queue's depth, and each account's quota left.
 */
@Component
class QueueMetrics {

	private static final List<PostStatus> WAITING = List.of(PostStatus.REVIEW, PostStatus.QUEUED,
			PostStatus.RETRY_WAIT, PostStatus.PUBLISHING);

	private final PostQueue queue;

	private final AccountStates accounts;

	private final MultiGauge posts;

	private final MultiGauge depth;

	private final MultiGauge quota;

	QueueMetrics(PostQueue queue, AccountStates accounts, MeterRegistry registry) {
		this.queue = queue;
		this.accounts = accounts;
		this.posts = MultiGauge.builder("nashir.posts").description("Posts by account and state").register(registry);
		this.depth = MultiGauge.builder("nashir.queue.depth")
			.description("Posts not yet published or ended, by account")
			.register(registry);
		this.quota = MultiGauge.builder("nashir.account.quota.remaining")
			.description("Requests X says are left, by account and window")
			.register(registry);
	}

	@Scheduled(fixedDelayString = "${nashir.metrics.refresh:15s}")
	void refresh() {
		List<PostCount> counts = queue.counts();
		posts.register(counts.stream()
			.map(c -> MultiGauge.Row.of(Tags.of("account", c.account(), "status", c.status().name()), c.count()))
			.toList(), true);
		depth.register(counts.stream()
			.filter(c -> WAITING.contains(c.status()))
			.collect(Collectors.groupingBy(PostCount::account,
					Collectors.summingLong(PostCount::count)))
			.entrySet()
			.stream()
			.map(e -> MultiGauge.Row.of(Tags.of("account", e.getKey()), e.getValue()))
			.toList(), true);
		List<MultiGauge.Row<?>> rows = new ArrayList<>();
		for (AccountStatus account : accounts.all()) {
			if (account.quota().remaining() != null) {
				rows.add(MultiGauge.Row.of(Tags.of("account", account.account(), "window", "15m"),
						account.quota().remaining()));
			}
			if (account.quota().dailyRemaining() != null) {
				rows.add(MultiGauge.Row.of(Tags.of("account", account.account(), "window", "24h"),
						account.quota().dailyRemaining()));
			}
		}
		quota.register(rows, true);
	}

}
