package nashir.queue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import nashir.FakeX;
import nashir.NashirProcess;
import nashir.TestFeeds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Crash safety, proven the hard way: the service as its own JVM is killed with SIGKILL in the
 * middle of a burst, started again on the same database, and every story must reach X exactly
 * once, none missing.
 */
class CrashRecoveryIT {

	static final int BURST = 20;

	@TempDir
	Path home;

	WireMockServer site = new WireMockServer(options().dynamicPort());

	FakeX x;

	Path log;

	List<NashirProcess> nodes = new ArrayList<>();

	@BeforeEach
	void start() throws Exception {
		site.start();
		log = NashirProcess.logFile("crash-recovery");
		x = new FakeX(Duration.ofMillis(250));
		Files.createDirectories(home.resolve("schedules"));
		Files.writeString(home.resolve("schedules/ofoq.yml"), """
				feed: http://127.0.0.1:%d/feed/
				every: 1s
				template: "{title}\\n{link}"
				""".formatted(site.port()));
	}

	@AfterEach
	void stop() throws Exception {
		for (NashirProcess node : nodes) {
			node.close();
		}
		x.close();
		site.stop();
	}

	private NashirProcess startNode() throws Exception {
		NashirProcess node = NashirProcess.start(log, List.of("--nashir.data-dir=" + home.resolve("data"),
				"--nashir.schedules-dir=" + home.resolve("schedules"),
				"--nashir.schedules-min-every=1s", "--nashir.x.api-base-url=" + x.baseUrl(),
				"--nashir.x.request-timeout=5s", "--nashir.dispatcher.lease=10s", "--nashir.dispatcher.interval=100ms",
				"--nashir.accounts.main.consumer-key=ck", "--nashir.accounts.main.consumer-secret=cs",
				"--nashir.accounts.main.access-token=at", "--nashir.accounts.main.access-token-secret=as"));
		nodes.add(node);
		return node;
	}

	@Test
	void shouldPublishEveryStoryExactlyOnceAcrossAKill() throws Exception {
		TestFeeds.serve(site, "/feed/", 1);
		NashirProcess first = startNode();
		int polls = site.findAll(getRequestedFor(urlEqualTo("/feed/"))).size();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> site.findAll(getRequestedFor(urlEqualTo("/feed/"))).size() >= polls + 2);

		TestFeeds.serve(site, "/feed/", 1 + BURST);
		await().atMost(Duration.ofSeconds(60)).until(() -> x.accepted().size() >= 5);
		first.kill();
		int beforeKill = x.accepted().size();
		assertThat(beforeKill).as("killed in the middle of the burst").isLessThan(BURST);

		NashirProcess second = startNode();
		await().atMost(Duration.ofSeconds(90)).until(() -> x.accepted().size() == BURST);
		Thread.sleep(2_000);

		Map<String, Integer> accepted = x.accepted();
		assertThat(accepted).hasSize(BURST).allSatisfy((text, times) -> assertThat(times).isEqualTo(1));
		for (int n = 2; n <= 1 + BURST; n++) {
			String headline = TestFeeds.headline(n);
			assertThat(accepted.keySet()).as("story %d reached X", n).anyMatch(text -> text.contains(headline));
		}
		// A second send happens only for a post whose answer was lost (in flight at the kill, or
		// timed out on a loaded machine); X calls it a duplicate and Nashir counts it as published.
		assertThat(x.requests().values().stream().filter(times -> times > 1).count()).isLessThanOrEqualTo(3);
		String posts = second.get("/api/posts?limit=100");
		assertThat(posts.split("\"status\":\"PUBLISHED\"", -1)).hasSize(BURST + 1);
		assertThat(posts).doesNotContain("\"status\":\"DUPLICATE\"").doesNotContain("\"status\":\"FAILED\"");
	}

}
