package nashir.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nashir.FakeX;
import nashir.NashirProcess;

/**
 * Three nodes on N feeds (default 5,000): how long they take to start on a new folder, how the
 * polls split, CPU of the nodes and of PostgreSQL per poll, how late feeds come after {@code kill -9}
 * of one node, and how long the three take to start again once stopped. Polls are counted by the
 * feed site, never from the nodes' tables. Prints numbers, judges nothing. Run by
 * {@code bench/cluster/run.sh}. A start on two shared cores varies by a quarter from one run to the next,
 * so run.sh's START_TRIALS starts and restarts the three that many times more, each on a new schema and folder.
 *
 * <p>Arguments: feeds, poll interval (s), measured window (s), time watched after the kill (s).
 */
public final class ClusterBenchmark {

	/** More arguments for every node (run.sh's NODE_ARGS), e.g. {@code --nashir.feed.per-host-limit=64}. */
	private static final List<String> NODE_ARGUMENTS = NashirProcess.words("nashir.node-args");

	/** run.sh's START_TOGETHER: launch the three at once, as a cold cluster starts, instead of one after another. */
	private static final boolean TOGETHER = Boolean.getBoolean("nashir.start-together");

	/** run.sh's START_TRIALS: more starts and restarts after the run, each on a new schema and folder. */
	private static final int START_TRIALS = Integer.getInteger("nashir.start-trials", 0);

	private static final List<String> NAMES = List.of("node-a", "node-b", "node-c");

	private final int feeds;

	private final Duration every;

	private final Path home;

	private final List<ClusterNode> nodes = new ArrayList<>();

	private final List<Double> starts = new ArrayList<>();

	private final List<Double> restarts = new ArrayList<>();

	private ClusterBenchmark(int feeds, Duration every, Path home) {
		this.feeds = feeds;
		this.every = every;
		this.home = home;
	}

	public static void main(String[] args) throws Exception {
		int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
		Duration every = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 120);
		Duration window = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 240);
		Duration watch = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 150);
		Path home = Files.createTempDirectory("nashir-cluster-bench");
		new ClusterBenchmark(feeds, every, home).run(window, watch);
	}

	private void run(Duration window, Duration watch) throws Exception {
		// Ctrl-C must not leave three JVMs behind.
		Runtime.getRuntime().addShutdownHook(new Thread(() -> nodes.forEach(node -> {
			try {
				node.process().close();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		})));
		try (PostgresSchema schema = PostgresSchema.create(); FeedSite site = new FeedSite(20);
				FakeX x = new FakeX(Duration.ZERO)) {
			site.writeSchedules(home.resolve("schedules"), feeds, every.toSeconds() + "s");
			print("# %s, %d cores, %d feeds every %ss, 3 nodes, logs in %s", Instant.now(),
					Runtime.getRuntime().availableProcessors(), feeds, every.toSeconds(), home);
			long start = System.currentTimeMillis();
			starts.add(startAll(schema, x, home, "start", newFolder()));
			while (!everyFeedPolledThrice(site)) {
				Thread.sleep(1_000);
			}
			// Thousands of polls warmed the JIT up, and every feed has left its first poll's 30 s spread for
			// its place in the interval: from here each gap between two polls is one interval when on time.
			print("start: every feed polled three times (its first poll, then twice at its place in the interval):"
					+ " %.0f s after the first launch", (System.currentTimeMillis() - start) / 1000.0);

			measure(site, window);
			failover(site, watch);
			for (ClusterNode node : nodes) {
				if (node != nodes.get(1)) {
					long stopping = System.nanoTime();
					node.process().stop();
					print("%s: SIGTERM to exit %.1f s", node.name(), (System.nanoTime() - stopping) / 1e9);
				}
			}
			// A cluster restarted (a deploy, a maintenance window): the rows are there, every feed has its baseline.
			nodes.clear();
			restarts.add(startAll(schema, x, home, "restart", inTable()));
			for (int trial = 1; trial <= START_TRIALS; trial++) {
				startTrial(site, x, home.resolve("trial-" + trial));
			}
			if (START_TRIALS > 0) {
				print("starts on a new folder: %s; restarts: %s", summary(starts), summary(restarts));
			}
		}
		finally {
			for (ClusterNode node : nodes) {
				node.process().close();
			}
		}
	}

	/** One more start on a new schema and folder, and a restart on them; the nodes stopped after each. */
	private void startTrial(FeedSite site, FakeX x, Path trialHome) throws Exception {
		try (PostgresSchema schema = PostgresSchema.create()) {
			site.writeSchedules(trialHome.resolve("schedules"), feeds, every.toSeconds() + "s");
			stopAll();
			starts.add(startAll(schema, x, trialHome, "start", newFolder()));
			stopAll();
			restarts.add(startAll(schema, x, trialHome, "restart", inTable()));
			stopAll();
		}
	}

	private String newFolder() {
		return "a new folder of " + feeds + " schedules";
	}

	private String inTable() {
		return "the " + feeds + " schedules already in the table";
	}

	private void stopAll() throws InterruptedException {
		for (ClusterNode node : nodes) {
			node.process().stop();
		}
		nodes.clear();
	}

	private static String summary(List<Double> seconds) {
		List<Double> sorted = seconds.stream().sorted().toList();
		int middle = sorted.size() / 2;
		double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
		return String.format(Locale.ROOT, "%s s (median %.1f s)",
				seconds.stream().map(s -> String.format(Locale.ROOT, "%.1f", s)).collect(Collectors.joining(", ")), median);
	}

	/** Starts the three nodes as run.sh says, prints how long until all were healthy, and returns it in seconds. */
	private double startAll(PostgresSchema schema, FakeX x, Path folder, String what, String schedules) throws Exception {
		long start = System.currentTimeMillis();
		List<String> healthy = TOGETHER ? startTogether(schema, x, folder) : startOneAfterAnother(schema, x, folder);
		double took = (System.currentTimeMillis() - start) / 1000.0;
		print("%s: 3 nodes healthy, %s, %s: %.1f s (%s)", what, TOGETHER ? "launched together" : "one after another",
				schedules, took, String.join(", ", healthy));
		return took;
	}

	/** A rolling start: each node launched once the one before is healthy. How long each took. */
	private List<String> startOneAfterAnother(PostgresSchema schema, FakeX x, Path folder) throws IOException {
		List<String> healthy = new ArrayList<>();
		for (String name : NAMES) {
			long launched = System.currentTimeMillis();
			ClusterNode node = ClusterNode.start(name, folder, schema, x, NODE_ARGUMENTS);
			nodes.add(node);
			healthy.add(took(node, launched));
		}
		return healthy;
	}

	/** A cold cluster start: the three launched at once, racing for the same new schedule rows. */
	private List<String> startTogether(PostgresSchema schema, FakeX x, Path folder) throws Exception {
		long launched = System.currentTimeMillis();
		ExecutorService launches = Executors.newFixedThreadPool(NAMES.size());
		try {
			List<Future<Started>> starting = NAMES.stream()
				.map(name -> launches.submit(() -> started(ClusterNode.start(name, folder, schema, x, NODE_ARGUMENTS),
						launched)))
				.toList();
			List<String> healthy = new ArrayList<>();
			ExecutionException failed = null;
			for (Future<Started> node : starting) {
				try {
					Started started = node.get();
					nodes.add(started.node());
					healthy.add(started.took());
				}
				catch (ExecutionException ex) {
					// The others are closed at the end, as every started node is.
					failed = ex;
				}
			}
			if (failed != null) {
				throw failed;
			}
			return healthy;
		}
		finally {
			launches.shutdown();
		}
	}

	/** A node launched with the others, and how long it took to be healthy. */
	private record Started(ClusterNode node, String took) {
	}

	private static Started started(ClusterNode node, long launched) {
		return new Started(node, took(node, launched));
	}

	/** Wall time from launch to healthy, and the CPU the node's JVM used to get there. */
	private static String took(ClusterNode node, long launched) {
		try {
			return String.format(Locale.ROOT, "%s %.1f s, CPU %.1f s (%s)", node.name(),
					(System.currentTimeMillis() - launched) / 1000.0, node.cpuMillis() / 1000.0, node.cpuByThread());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Polls the feed site served over the window, CPU of each node and of PostgreSQL. Each node's
	 * share comes from its log where it writes {@code event=poll} lines; the totals never do.
	 */
	private void measure(FeedSite site, Duration window) throws Exception {
		long[] polls = new long[3];
		long[] cpu = new long[3];
		for (int i = 0; i < 3; i++) {
			polls[i] = nodes.get(i).polls();
			cpu[i] = nodes.get(i).cpuMillis();
		}
		int served = site.totalPolls();
		long postgres = postgresCpuMillis();
		long from = System.currentTimeMillis();
		Thread.sleep(window.toMillis());
		postgres = postgresCpuMillis() - postgres;
		long total = site.totalPolls() - served;
		long logged = 0;
		long nodesCpu = 0;
		long[] done = new long[3];
		for (int i = 0; i < 3; i++) {
			done[i] = nodes.get(i).polls() - polls[i];
			cpu[i] = nodes.get(i).cpuMillis() - cpu[i];
			logged += done[i];
			nodesCpu += cpu[i];
		}
		double expected = feeds * (double) window.toMillis() / every.toMillis();
		print("window %d s: the site served %d polls (%.0f due, %.1f polls/s); load average %s", window.toSeconds(),
				total, expected, total * 1000.0 / window.toMillis(), loadAverage());
		for (int i = 0; i < 3; i++) {
			String share = logged == 0 ? "share not logged"
					: String.format(Locale.ROOT, "%d polls logged = %.1f%% (a third %+.1f%%)", done[i],
							100.0 * done[i] / logged, 100.0 * (done[i] * 3.0 / logged - 1));
			print("%s: %s, CPU %.1f s = %.1f%% of a core", nodes.get(i).name(), share, cpu[i] / 1000.0,
					100.0 * cpu[i] / window.toMillis());
		}
		print("nodes: CPU %.1f s, %.2f ms per poll served", nodesCpu / 1000.0, (double) nodesCpu / total);
		print("PostgreSQL (all its processes, those ended in the window and other users included): CPU %.1f s = %.1f%% of a core, %.2f ms per poll served",
				postgres / 1000.0, 100.0 * postgres / window.toMillis(), (double) postgres / total);
		print("lateness of polls in the window (gap between two polls of a feed minus the interval): %s",
				lateness(site, from, System.currentTimeMillis()));
	}

	private static String loadAverage() throws IOException {
		return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
	}

	/**
	 * Kills node-b and watches: when the others' Quartz declares it dead, how late the polls came
	 * meanwhile (a feed whose trigger the dead node held waits for that), and how the two share.
	 */
	private void failover(FeedSite site, Duration watch) throws Exception {
		ClusterNode victim = nodes.get(1);
		long[] before = { nodes.get(0).polls(), 0, nodes.get(2).polls() };
		victim.process().kill();
		long killedAt = System.currentTimeMillis();
		Thread.sleep(watch.toMillis());

		print("kill -9 node-b: detected dead (Quartz's log, where there is one) by %s", detections(killedAt));
		print("lateness of polls in the %d s after the kill: %s", watch.toSeconds(),
				lateness(site, killedAt, System.currentTimeMillis()));
		long a = nodes.get(0).polls() - before[0];
		long c = nodes.get(2).polls() - before[2];
		if (a + c > 0) {
			print("after the kill (%d s): node-a %d polls, node-c %d polls logged (%.1f%% / %.1f%%)", watch.toSeconds(), a,
					c, 100.0 * a / (a + c), 100.0 * c / (a + c));
		}
	}

	/** Percentiles of how late polls came: the gap since the feed's previous poll minus the interval. */
	private String lateness(FeedSite site, long from, long to) {
		List<Long> late = new ArrayList<>();
		for (int feed = 1; feed <= feeds; feed++) {
			List<Long> polls = site.polls(feed);
			for (int i = 1; i < polls.size(); i++) {
				if (polls.get(i) >= from && polls.get(i) < to) {
					late.add(polls.get(i) - polls.get(i - 1) - every.toMillis());
				}
			}
		}
		if (late.isEmpty()) {
			return "no polls";
		}
		late.sort(null);
		long over15 = late.stream().filter(ms -> ms > 15_000).count();
		return String.format(Locale.ROOT, "%d polls, p50 %.1f s, p90 %.1f s, p99 %.1f s, max %.1f s; %d more than 15 s late",
				late.size(), percentile(late, 50), percentile(late, 90), percentile(late, 99),
				late.get(late.size() - 1) / 1000.0, over15);
	}

	private static double percentile(List<Long> sorted, int percent) {
		return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1000.0;
	}

	/**
	 * CPU used so far by every PostgreSQL process on this machine, in milliseconds, those that ended
	 * included: a backend or an autovacuum worker that ends within the window takes its CPU out of
	 * the live processes' sum, and into its parent's (the postmaster's) {@code cutime} and
	 * {@code cstime}.
	 */
	private static long postgresCpuMillis() {
		return ProcessHandle.allProcesses()
			.filter(handle -> handle.info().command().map(command -> command.endsWith("/postgres")).orElse(false))
			.mapToLong(ClusterBenchmark::cpuWithEndedChildrenMillis)
			.sum();
	}

	private static long cpuWithEndedChildrenMillis(ProcessHandle process) {
		try {
			ProcStat stat = ProcStat.read(Path.of("/proc", Long.toString(process.pid()), "stat"));
			return stat.cpuMillis() + stat.endedChildrenCpuMillis();
		}
		catch (IOException ex) {
			// It ended between the listing and the read: its CPU is its parent's now.
			return 0;
		}
	}

	/** When each survivor's Quartz logged that it found the dead instance, in seconds after the kill. */
	private String detections(long killedAt) throws IOException {
		List<String> found = new ArrayList<>();
		for (ClusterNode node : List.of(nodes.get(0), nodes.get(2))) {
			try (Stream<String> lines = Files.lines(node.process().log())) {
				lines.filter(line -> line.contains("ClusterManager: detected"))
					.map(line -> Instant.parse(line.substring(0, line.indexOf(' '))).toEpochMilli())
					.filter(at -> at >= killedAt)
					.findFirst()
					.ifPresent(at -> found.add(String.format(Locale.ROOT, "%s after %.1f s", node.name(),
							(at - killedAt) / 1000.0)));
			}
		}
		return found.isEmpty() ? "nobody (yet)" : String.join(", ", found);
	}

	private boolean everyFeedPolledThrice(FeedSite site) {
		for (int feed = 1; feed <= feeds; feed++) {
			if (site.polls(feed).size() < 3) {
				return false;
			}
		}
		return true;
	}

	private static void print(String format, Object... args) {
		System.out.println(String.format(Locale.ROOT, format, args));
	}

}
