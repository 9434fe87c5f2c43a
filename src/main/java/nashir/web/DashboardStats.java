package nashir.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/**
 * The dashboard's numbers over the last 7 days, shaped for the charts: posts per hour per account,
 * failed attempts per hour, and detection-to-publish latency (published_at − detected_at) per post.
 */
@Component
class DashboardStats {

	static final Duration WINDOW = Duration.ofDays(7);

	private final PostLog log;

	private final Clock clock;

	DashboardStats(PostLog log, Clock clock) {
		this.log = log;
		this.clock = clock;
	}

	/**
	 * @param hours the start of each hour, epoch seconds, oldest first
	 * @param postsPerAccount for each account, posts published in each hour
	 * @param failures failed attempts (transient or final) in each hour
	 * @param latencyAt when each post was published, epoch seconds
	 * @param latencySeconds how long after detection it was published
	 */
	record Stats(long[] hours, Map<String, int[]> postsPerAccount, int[] failures, long[] latencyAt,
			double[] latencySeconds, double medianLatency, double p95Latency, int published, int failed) {
	}

	Stats lastWeek() {
		Instant end = clock.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
		Instant start = end.minus(WINDOW);
		int buckets = (int) WINDOW.toHours();
		long[] hours = new long[buckets];
		for (int i = 0; i < buckets; i++) {
			hours[i] = start.plus(Duration.ofHours(i)).getEpochSecond();
		}
		Map<String, int[]> perAccount = new TreeMap<>();
		List<PostLog.Published> published = log.publishedSince(start);
		long[] at = new long[published.size()];
		double[] latency = new double[published.size()];
		for (int i = 0; i < published.size(); i++) {
			PostLog.Published post = published.get(i);
			perAccount.computeIfAbsent(post.account(), a -> new int[buckets])[bucket(start, post.publishedAt())]++;
			at[i] = post.publishedAt().getEpochSecond();
			latency[i] = Duration.between(post.detectedAt(), post.publishedAt()).toMillis() / 1000.0;
		}
		int[] failures = new int[buckets];
		List<PostLog.Failure> failed = log.failuresSince(start);
		failed.forEach(failure -> failures[bucket(start, failure.at())]++);
		double[] sorted = latency.clone();
		Arrays.sort(sorted);
		return new Stats(hours, perAccount, failures, at, latency, percentile(sorted, 50), percentile(sorted, 95),
				published.size(), failed.size());
	}

	private static int bucket(Instant start, Instant at) {
		return (int) Math.min(WINDOW.toHours() - 1, Math.max(0, Duration.between(start, at).toHours()));
	}

	/** Nearest-rank percentile of sorted values; 0 when there are none. */
	static double percentile(double[] sorted, int p) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

}
