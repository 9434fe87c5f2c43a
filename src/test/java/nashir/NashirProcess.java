package nashir;

import java.io.IOException;
import nashir.net.TestNet;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * The built {@code target/nashir.jar} running as its own JVM, as users run it, so tests can kill
 * it with SIGKILL mid-work and start it again on the same database. A benchmark may name another
 * jar with {@code -Dnashir.jar=...}, options of its JVM with {@code -Dnashir.jvm-options=...} (an AOT
 * cache, say) and a longer start with {@code -Dnashir.start-timeout-seconds=...}; the JVM is the one
 * running this class.
 */
public final class NashirProcess implements AutoCloseable {

	private static final Path JAR = Path.of(System.getProperty("nashir.jar", "target/nashir.jar"));

	/** JVM options a benchmark adds, separated by spaces: {@code -XX:AOTCache=...} to start as the image does. */
	private static final List<String> JVM_OPTIONS = words("nashir.jvm-options");

	/** How long a start may take: a benchmark on a loaded machine may allow more. */
	private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("nashir.start-timeout-seconds", 90));

	/** The first admin's password on a fresh database (NASHIR_ADMIN_PASSWORD): the API needs a login. */
	private static final String ADMIN_PASSWORD = "process-admin-password";

	/**
	 * One client for every request: a client of its own per health probe would start a selector
	 * thread each time, four times a second per starting node, on the cores a benchmark measures.
	 */
	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private final Process process;

	private final int port;

	private final Path log;

	private NashirProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** A system property's words, as a benchmark's script passes a list: none when it is not set. */
	public static List<String> words(String property) {
		return Arrays.stream(System.getProperty(property, "").split("\\s+")).filter(word -> !word.isEmpty()).toList();
	}

	/** A log file under {@code target/it-logs/}, kept after the test for diagnosis, empty at first use. */
	public static Path logFile(String name) throws IOException {
		Path dir = Files.createDirectories(Path.of("target/it-logs"));
		Path file = dir.resolve(name + ".log");
		Files.deleteIfExists(file);
		return file;
	}

	/** Starts the jar with these {@code --name=value} arguments and waits until it is healthy. */
	public static NashirProcess start(Path logFile, List<String> arguments) throws IOException {
		return start(logFile, arguments, freePort());
	}

	/** Starts the jar on the given port. */
	public static NashirProcess start(Path logFile, List<String> arguments, int port) throws IOException {
		if (!Files.isRegularFile(JAR)) {
			throw new IllegalStateException(JAR + " is missing: run the tests with 'mvn verify', which builds it first");
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m"));
		command.addAll(JVM_OPTIONS);
		command.addAll(List.of("-jar", JAR.toString(), "--server.port=" + port, "--nashir.admin-password=" + ADMIN_PASSWORD,
				// The test news sites of these JVMs answer on 127.0.0.1, allowed as an intranet host would be.
				"--nashir.net.allowed-private-hosts=" + TestNet.ALLOWED_HOST + ",127.0.0.1"));
		command.addAll(arguments);
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
			.start();
		NashirProcess nashir = new NashirProcess(process, port, logFile);
		try {
			await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(250)).until(() -> {
				if (!process.isAlive()) {
					throw new IllegalStateException("Nashir exited with " + process.exitValue() + "; see " + logFile);
				}
				return nashir.healthy();
			});
		}
		catch (RuntimeException ex) {
			// Nobody else holds the process yet: left running, it would outlive the test.
			process.destroyForcibly();
			throw ex;
		}
		return nashir;
	}

	/** A GET as the first admin. */
	public String get(String path) throws IOException, InterruptedException {
		return send(request(path).header("Authorization", "Basic " + Base64.getEncoder()
			.encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8))));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
	}

	private static String send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	/**
	 * Asked as a load balancer asks, without logging in: a login would cost a BCrypt check per
	 * probe on a JVM that is still starting.
	 */
	private boolean healthy() {
		try {
			return send(request("/actuator/health")).contains("\"status\":\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** SIGKILL: no shutdown hook, no goodbye — as when a machine dies. */
	public void kill() throws InterruptedException {
		process.destroyForcibly().waitFor();
	}

	/** SIGTERM: a graceful stop. */
	public int stop() throws InterruptedException {
		process.destroy();
		return process.waitFor();
	}

	public Path log() {
		return log;
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
