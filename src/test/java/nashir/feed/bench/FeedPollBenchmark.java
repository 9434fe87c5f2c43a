package nashir.feed.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nashir.feed.FeedFilter;
import nashir.feed.FeedRefresher;
import nashir.feed.FeedSource;
import nashir.feed.NewItemsHandler;
import nashir.feed.PollOutcome;
import nashir.net.NetConfiguration;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * Poll rounds of {@link FeedRefresher} over feeds served by {@link LoopbackFeedServer}, on an H2
 * file database, as the service runs them (the web layer is left out).
 *
 * <pre>
 * rounds &lt;base-url&gt; &lt;feeds&gt; &lt;threads&gt;   baseline, then 3 rounds of each: all 304; the same body
 *                                          again without ETags; a new lastBuildDate, same items; one new item
 * once   &lt;base-url&gt; &lt;feeds&gt; &lt;threads&gt;   one first read of every feed, all 50 items handed on (backlog 50)
 * </pre>
 */
public final class FeedPollBenchmark {

	private final FeedRefresher refresher;

	private final AtomicLong handed = new AtomicLong();

	private final NewItemsHandler handler = (source, items) -> this.handed.addAndGet(items.size());

	private FeedPollBenchmark(FeedRefresher refresher) {
		this.refresher = refresher;
	}

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		String base = args[1];
		int feeds = Integer.parseInt(args[2]);
		int threads = Integer.parseInt(args[3]);
		Path db = Files.createTempDirectory("nashir-bench");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			// As arguments, so they win over application.yml (whose database lives under ./data).
			.run("--spring.datasource.url=jdbc:h2:file:" + db.resolve("nashir") + ";DB_CLOSE_ON_EXIT=FALSE",
					"--spring.main.banner-mode=off", "--logging.level.root=warn",
					// The loopback server is a private address, which the guarded client refuses unless told.
					"--nashir.net.allowed-private-hosts=127.0.0.1,localhost")) {
			FeedPollBenchmark bench = new FeedPollBenchmark(context.getBean(FeedRefresher.class));
			if (mode.equals("once")) {
				bench.round("first read (backlog 50)", base, feeds, threads, 50);
				return;
			}
			bench.round("baseline", base, feeds, threads, 0);
			for (int i = 1; i <= 3; i++) {
				bench.round("all 304 #" + i, base, feeds, threads, 0);
			}
			post(base + "/etags/off");
			for (int i = 1; i <= 3; i++) {
				bench.round("same body 200 #" + i, base, feeds, threads, 0);
			}
			for (int i = 1; i <= 3; i++) {
				post(base + "/touch");
				bench.round("changed, all known #" + i, base, feeds, threads, 0);
			}
			for (int i = 1; i <= 3; i++) {
				post(base + "/bump");
				bench.round("1 new of 50 #" + i, base, feeds, threads, 0);
			}
		}
	}

	private static void post(String url) throws Exception {
		HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()).build(),
					HttpResponse.BodyHandlers.discarding());
	}

	private void round(String name, String base, int feeds, int threads, int backlog) throws Exception {
		long handedBefore = this.handed.get();
		long cpuBefore = cpuNanos();
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<PollOutcome>> outcomes = new ArrayList<>();
		for (int i = 0; i < feeds; i++) {
			FeedSource source = new FeedSource("bench-" + i, URI.create(base + "/feed/" + i), backlog, FeedFilter.NONE);
			outcomes.add(pool.submit(() -> this.refresher.refresh(source, this.handler)));
		}
		long failed = 0;
		for (Future<PollOutcome> outcome : outcomes) {
			failed += outcome.get() instanceof PollOutcome.Failed ? 1 : 0;
		}
		pool.shutdown();
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpu = (cpuNanos() - cpuBefore) / 1e9;
		System.out.printf("%-26s feeds=%d threads=%d wall=%.2fs feeds/s=%.0f cpu=%.2fs cpu-per-1000-polls=%.2fs handed=%d failed=%d%n",
				name, feeds, threads, seconds, feeds / seconds, cpu, cpu * 1000 / feeds, this.handed.get() - handedBefore,
				failed);
	}

	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	/**
	 * The feed feature's beans alone, as FeedTestApplication assembles them for the tests. Not a
	 * {@code @Configuration}, so the application's own component scan never finds it.
	 */
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
			JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
			DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class })
	@Import(NetConfiguration.class)
	@ComponentScan(basePackageClasses = FeedRefresher.class, excludeFilters = @ComponentScan.Filter(
			type = FilterType.REGEX, pattern = { "nashir\\.feed\\.FeedTestApplication.*", "nashir\\.feed\\..*Tests.*",
					"nashir\\.feed\\.bench\\..*", "nashir\\.feed\\.WebSubCallbackController" }))
	static class BenchApplication {

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

}
