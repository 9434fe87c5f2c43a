package nashir.ops;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.FunctionCounter;
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
 * by account and state, the queue's depth, each account's quota left, and what X charged each
 * account ({@code nashir_spend_usd_total}, a counter of the recorded costs).
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

	private final MeterRegistry registry;

	/** Each account's recorded spend in USD, as last read: the counters read it, not the database. */
	private final Map<String, Double> spent = new ConcurrentHashMap<>();

	QueueMetrics(PostQueue queue, AccountStates accounts, MeterRegistry registry) {
		this.queue = queue;
		this.accounts = accounts;
		this.registry = registry;
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
		Map<String, BigDecimal> totals = new HashMap<>(accounts.spentInAll());
		accounts.all().forEach(account -> totals.putIfAbsent(account.account(), BigDecimal.ZERO));
		totals.forEach((account, usd) -> {
			if (spent.put(account, usd.doubleValue()) == null) {
				FunctionCounter.builder("nashir.spend.usd", spent, all -> all.getOrDefault(account, 0.0))
					.description("What X charged the account, in USD, by the recorded cost of each published post")
					.tag("account", account)
					.register(registry);
			}
		});
	}

}
