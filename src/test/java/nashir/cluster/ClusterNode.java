package nashir.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
		return ProcessHandle.allProcesses()
			.filter(handle -> handle.info().arguments().stream().flatMap(Stream::of)
				.anyMatch(argument -> argument.equals("--nashir.node-name=" + name)))
			.findFirst()
			.flatMap(handle -> handle.info().totalCpuDuration())
			.orElseThrow(() -> new IllegalStateException("node " + name + " is not running"))
			.toMillis();
	}

}
