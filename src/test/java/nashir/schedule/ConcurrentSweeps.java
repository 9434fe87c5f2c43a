package nashir.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three nodes' sweeps over one table, polling slow feeds that editors keep asking to poll now: no
 * feed may be fetched twice at once, whichever node claims it.
 */
final class ConcurrentSweeps {

	static final int FEEDS = 6;

	private ConcurrentSweeps() {
	}

	static void shouldNeverPollOneFeedTwiceAtOnce(Schedules schedules, WireMockExtension site, String body)
			throws Exception {
		site.stubFor(get(urlPathMatching("/busy-.*")).willReturn(aResponse().withFixedDelay(150)
			.withHeader("Content-Type", "application/rss+xml").withBody(body)));
		for (int i = 0; i < FEEDS; i++) {
			schedules.write("busy-" + i + ".yml", "feed: http://localhost:" + site.getPort() + "/busy-" + i
					+ "\nevery: 60s\nsite: \"سبأ نت\"\n");
		}
		schedules.sync.sync();
		List<FeedSweep> sweeps = List.of(schedules.sweep("node-1"), schedules.sweep("node-2"), schedules.sweep("node-3"));
		ExecutorService nodes = Executors.newFixedThreadPool(4);
		long end = System.nanoTime() + Duration.ofSeconds(8).toNanos();
		List<Future<?>> running = new ArrayList<>();
		for (FeedSweep sweep : sweeps) {
			running.add(nodes.submit(() -> {
				while (System.nanoTime() < end) {
					sweep.runOnce();
					Thread.sleep(5);
				}
				sweep.drain(Duration.ofSeconds(10));
				return null;
			}));
		}
		running.add(nodes.submit(() -> {
			while (System.nanoTime() < end) {
				for (int i = 0; i < FEEDS; i++) {
					schedules.table.dueNow("busy-" + i, java.time.Instant.now().minusSeconds(3600));
				}
				Thread.sleep(50);
			}
			return null;
		}));
		for (Future<?> node : running) {
			node.get();
		}
		nodes.shutdown();

		Map<String, List<ServeEvent>> byFeed = site.getAllServeEvents().stream()
			.filter(event -> event.getRequest().getUrl().startsWith("/busy-"))
			.collect(Collectors.groupingBy(event -> event.getRequest().getUrl()));
		assertThat(byFeed).hasSize(FEEDS);
		assertThat(byFeed.values().stream().mapToInt(List::size).sum()).as("polls in all: more than one round").isGreaterThan(FEEDS);
		byFeed.forEach((feed, events) -> {
			List<ServeEvent> ordered = events.stream()
				.sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate())).toList();
			for (int i = 1; i < ordered.size(); i++) {
				ServeEvent before = ordered.get(i - 1);
				long endedAt = before.getRequest().getLoggedDate().getTime() + before.getTiming().getTotalTime();
				assertThat(ordered.get(i).getRequest().getLoggedDate().getTime()).as("poll %d of %s", i, feed)
					.isGreaterThanOrEqualTo(endedAt - 5);
			}
		});
	}

}
