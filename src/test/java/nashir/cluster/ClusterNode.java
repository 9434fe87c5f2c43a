package nashir.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import nashir.FakeX;
import nashir.NashirProcess;

/**
 * One node of a test cluster: the packaged jar as its own JVM with the postgres profile on a
 * test schema, named so that its log, its claims and its process can be told apart.
 */
record ClusterNode(String name, NashirProcess process) {

	/** Starts the node and waits until it is healthy. */
	static ClusterNode start(String name, Path home, PostgresSchema schema, FakeX x, List<String> extra)
			throws IOException {
		List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=postgres",
				"--spring.datasource.url=" + schema.url(), "--spring.datasource.hikari.maximum-pool-size=12",
				"--nashir.node-name=" + name, "--nashir.data-dir=" + home.resolve("data-" + name),
				"--nashir.schedules-dir=" + home.resolve("schedules"),
				"--nashir.schedules-min-every=1s", "--nashir.x.api-base-url=" + x.baseUrl(),
				"--nashir.dispatcher.interval=200ms", "--logging.level.nashir.schedule.FeedPoller=debug",
				// A short claim lease (it must outlast a fetch and a parse): the polls a killed node was
				// running are taken over within the test's wait.
				"--nashir.feed.total-timeout=10s", "--nashir.feed.parse-timeout=5s", "--nashir.feed.claim-lease=20s",
				"--nashir.accounts.main.consumer-key=ck", "--nashir.accounts.main.consumer-secret=cs",
				"--nashir.accounts.main.access-token=at", "--nashir.accounts.main.access-token-secret=as"));
		arguments.addAll(extra);
		return new ClusterNode(name, NashirProcess.start(home.resolve(name + ".log"), arguments));
	}

	/** Feed polls this node made, from its log ({@code event=poll}, at debug level). */
	long polls() throws IOException {
		try (Stream<String> lines = Files.lines(process.log())) {
			return lines.filter(line -> line.contains("event=poll ")).count();
		}
	}

	/** CPU time the node's JVM has used so far, in milliseconds. */
	long cpuMillis() {
		return jvm().info()
			.totalCpuDuration()
			.orElseThrow(() -> new IllegalStateException("node " + name + " has no CPU time"))
			.toMillis();
	}

	/**
	 * The CPU of the JVM's live threads so far, in seconds, by kind: the JIT's compilers, the main
	 * thread (Spring's start-up, the schedule sync), the rest. Linux only ({@code /proc}).
	 */
	String cpuByThread() throws IOException {
		double compilers = 0;
		double main = 0;
		double rest = 0;
		try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(jvm().pid()), "task"))) {
			for (Path thread : threads.toList()) {
				ProcStat stat = ProcStat.read(thread.resolve("stat"));
				String threadName = stat.name();
				double seconds = stat.cpuMillis() / 1000.0;
				if (threadName.contains("CompilerThre")) {
					compilers += seconds;
				}
				else if (threadName.equals("java")) {
					main += seconds;
				}
				else {
					rest += seconds;
				}
			}
		}
		return String.format(Locale.ROOT, "compilers %.1f s, main %.1f s, other threads %.1f s", compilers, main, rest);
	}

	private ProcessHandle jvm() {
		return ProcessHandle.allProcesses()
			.filter(handle -> handle.info().arguments().stream().flatMap(Stream::of)
				.anyMatch(argument -> argument.equals("--nashir.node-name=" + name)))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("node " + name + " is not running"));
	}

}
