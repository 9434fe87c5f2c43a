package nashir.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.sun.net.httpserver.HttpServer;
import nashir.FakeX;
import nashir.NashirProcess;
import nashir.TestFeeds;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Detection-to-post latency: from the moment a story appears in a loopback feed (or is pushed by
 * a WebSub hub) to the moment the fake X receives the post, with the packaged service in its own
 * JVM. Also the dispatcher's share: from the post being queued to X receiving it.
 *
 * <p>Usage: {@code LatencyBenchmark <poll|push> <stories>} (bench/latency/run.sh runs both).
 */
public final class LatencyBenchmark {

	private final WireMockServer site = new WireMockServer(options().dynamicPort());

	private final FakeX x;

	private final Path home;

	private final HttpClient http = HttpClient.newHttpClient();

	private volatile String secret;

	private volatile String callback;

	private int published = 1;

	private LatencyBenchmark() throws IOException {
		site.start();
		x = new FakeX(Duration.ZERO);
		home = Files.createTempDirectory("nashir-latency");
	}

	public static void main(String[] args) throws Exception {
		String mode = args.length > 0 ? args[0] : "poll";
		int stories = args.length > 1 ? Integer.parseInt(args[1]) : 30;
		LatencyBenchmark bench = new LatencyBenchmark();
		try {
			bench.run(mode, stories);
		}
		finally {
			bench.site.stop();
			bench.x.close();
		}
		System.exit(0);
	}

	private void run(String mode, int stories) throws Exception {
		boolean push = mode.equals("push");
		HttpServer hub = push ? hub() : null;
		String hubUrl = push ? "http://127.0.0.1:" + hub.getAddress().getPort() + "/hub" : null;
		serve(hubUrl);
		Files.createDirectories(home.resolve("schedules"));
		Files.writeString(home.resolve("schedules/ofoq.yml"), """
				feed: %s
				every: %s
				template: "{title}\\n{link}"
				""".formatted(feedUrl(), push ? "60s" : "5s"));
		int port = NashirProcess.freePort();
		List<String> arguments = new ArrayList<>(List.of("--nashir.data-dir=" + home.resolve("data"),
				"--nashir.schedules-dir=" + home.resolve("schedules"),
				"--nashir.schedules-min-every=1s", "--nashir.x.api-base-url=" + x.baseUrl(),
				"--nashir.dispatcher.interval=100ms", "--nashir.accounts.main.consumer-key=ck",
				"--nashir.accounts.main.consumer-secret=cs", "--nashir.accounts.main.access-token=at",
				"--nashir.accounts.main.access-token-secret=as", "--nashir.public-base-url=http://127.0.0.1:" + port));
		try (NashirProcess nashir = NashirProcess.start(NashirProcess.logFile("latency-" + mode), arguments, port)) {
			if (push) {
				// The first poll (spread within one interval) discovers the hub; then Nashir subscribes.
				waitFor(() -> secret != null, Duration.ofSeconds(120), "the WebSub subscription");
			}
			else {
				Thread.sleep(6_000);
			}
			List<Long> total = new ArrayList<>();
			List<Long> dispatch = new ArrayList<>();
			for (int i = 0; i < stories; i++) {
				if (!push) {
					Thread.sleep(ThreadLocalRandom.current().nextLong(5_000));
				}
				published++;
				String headline = TestFeeds.headline(published);
				Instant appeared = Instant.now();
				serve(hubUrl);
				if (push) {
					push(TestFeeds.feed(published));
				}
				waitFor(() -> x.acceptedAt().keySet().stream().anyMatch(text -> text.contains(headline)),
						Duration.ofSeconds(30), "story " + published);
				Instant received = x.acceptedAt().entrySet().stream()
					.filter(entry -> entry.getKey().contains(headline)).findFirst().orElseThrow().getValue();
				total.add(Duration.between(appeared, received).toMillis());
				dispatch.add(Duration.between(queuedAt(nashir, headline), received).toMillis());
			}
			report(mode, total, dispatch);
		}
		finally {
			if (hub != null) {
				hub.stop(0);
			}
		}
	}

	private String feedUrl() {
		return "http://127.0.0.1:" + site.port() + "/feed/";
	}

	/** The feed with stories 1..published, advertising the hub when pushing. */
	private void serve(String hubUrl) {
		String body = TestFeeds.feed(published);
		if (hubUrl != null) {
			body = body.replace("<rss version=\"2.0\"><channel>", "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel>"
					+ "<atom:link rel=\"hub\" href=\"" + hubUrl + "\"/><atom:link rel=\"self\" href=\"" + feedUrl() + "\"/>");
		}
		site.stubFor(get("/feed/").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/rss+xml; charset=UTF-8").withBody(body)));
	}

	/** A WebSub hub: takes the subscription, verifies the callback's intent, then pushes on demand. */
	private HttpServer hub() throws IOException {
		HttpServer hub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
		hub.createContext("/hub", exchange -> {
			Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(202, -1);
			exchange.close();
			new Thread(() -> verify(form)).start();
		});
		hub.start();
		return hub;
	}

	private void verify(Map<String, String> form) {
		try {
			String challenge = "challenge-" + System.nanoTime();
			URI uri = URI.create(form.get("hub.callback") + "?hub.mode=subscribe&hub.topic="
					+ java.net.URLEncoder.encode(form.get("hub.topic"), StandardCharsets.UTF_8) + "&hub.challenge="
					+ challenge + "&hub.lease_seconds=86400");
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() / 100 == 2 && answer.body().equals(challenge)) {
				callback = form.get("hub.callback");
				secret = form.get("hub.secret");
			}
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException("verification of the subscription failed", ex);
		}
	}

	private void push(String body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		http.send(HttpRequest.newBuilder(URI.create(callback)).header("Content-Type", "application/rss+xml")
			.header("X-Hub-Signature", signature)
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
	}

	/** When Nashir queued the post of this story, from its own publish log. */
	private static Instant queuedAt(NashirProcess nashir, String headline) throws Exception {
		for (String post : nashir.get("/api/posts?limit=1000").split("\\},\\{")) {
			if (post.contains(headline)) {
				String created = post.replaceAll(".*\"createdAt\":\"([^\"]+)\".*", "$1");
				return Instant.parse(created);
			}
		}
		throw new IllegalStateException("no post for " + headline);
	}

	private static void report(String mode, List<Long> total, List<Long> dispatch) {
		System.out.printf("%s: %d stories; detection-to-post ms p50=%d p99=%d max=%d; queued-to-X ms p50=%d p99=%d%n", mode,
				total.size(), percentile(total, 50), percentile(total, 99), percentile(total, 100),
				percentile(dispatch, 50), percentile(dispatch, 99));
	}

	private static long percentile(List<Long> values, int p) {
		List<Long> sorted = values.stream().sorted().toList();
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

	private static Map<String, String> form(String body) {
		return java.util.Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2))
			.collect(Collectors.toMap(kv -> URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
					kv -> kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : ""));
	}

	private static void waitFor(java.util.function.BooleanSupplier condition, Duration timeout, String what)
			throws InterruptedException {
		Instant end = Instant.now().plus(timeout);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(end)) {
				throw new IllegalStateException("timed out waiting for " + what);
			}
			Thread.sleep(5);
		}
	}

}
