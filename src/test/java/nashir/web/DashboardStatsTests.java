package nashir.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import nashir.queue.PostStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class DashboardStatsTests {

	static final Instant NOW = Instant.parse("2026-11-29T08:30:00Z");

	@Test
	void shouldCountPostsPerHourPerAccountFailuresAndLatency() {
		PostLog log = mock(PostLog.class);
		given(log.publishedSince(any())).willReturn(List.of(published("main", 2, 4), published("main", 2, 10),
				published("ofoq_sport", 45, 60)));
		given(log.failuresSince(any())).willReturn(List.of(new PostLog.Failure("main", NOW.minusSeconds(60),
				PostStatus.RETRY_WAIT)));

		DashboardStats.Stats stats = new DashboardStats(log, Clock.fixed(NOW, ZoneOffset.UTC)).lastWeek();

		assertThat(stats.hours()).hasSize(168);
		// the last bucket is the hour now running, 08:00–09:00
		assertThat(stats.hours()[167]).isEqualTo(Instant.parse("2026-11-29T08:00:00Z").getEpochSecond());
		assertThat(stats.postsPerAccount().get("main")[167]).isEqualTo(2);
		assertThat(stats.postsPerAccount().get("ofoq_sport")[166]).isEqualTo(1);
		assertThat(stats.failures()[167]).isEqualTo(1);
		assertThat(stats.latencySeconds()).containsExactly(4.0, 10.0, 60.0);
		assertThat(stats.medianLatency()).isEqualTo(10.0);
		assertThat(stats.p95Latency()).isEqualTo(60.0);
		assertThat(stats.published()).isEqualTo(3);
	}

	@Test
	void shouldTakeNearestRankPercentiles() {
		assertThat(DashboardStats.percentile(new double[0], 50)).isZero();
		assertThat(DashboardStats.percentile(new double[] { 1, 2, 3, 4 }, 50)).isEqualTo(2);
		assertThat(DashboardStats.percentile(new double[] { 1, 2, 3, 4 }, 95)).isEqualTo(4);
	}

	/** Published {@code minutesAgo}, {@code latency} seconds after it was detected. */
	static PostLog.Published published(String account, int minutesAgo, int latency) {
		Instant at = NOW.minus(Duration.ofMinutes(minutesAgo));
		return new PostLog.Published(account, at.minusSeconds(latency), at);
	}

}
