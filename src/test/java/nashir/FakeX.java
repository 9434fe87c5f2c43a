package nashir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for X's {@code POST /2/tweets} that, like X, accepts a text once and answers 403
 * "duplicate content" to the same text again. Counts what it accepted, so crash tests can check
 * that every story reached X exactly once.
 */
public final class FakeX implements AutoCloseable {

	private final HttpServer server;

	private final Map<String, Integer> accepted = new ConcurrentHashMap<>();

	private final Map<String, Integer> requests = new ConcurrentHashMap<>();

	private final Map<String, Instant> acceptedAt = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong(1_862_000_000_000_000_000L);

	private final Duration delay;

	private final JsonMapper json = JsonMapper.builder().build();

	public FakeX(Duration delay) throws IOException {
		this.delay = delay;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
		server.setExecutor(Executors.newFixedThreadPool(8));
		server.createContext("/2/tweets", this::tweet);
		server.start();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** Texts X took (answered 201), with how often each was taken. */
	public Map<String, Integer> accepted() {
		return Map.copyOf(accepted);
	}

	/** When X took each text. */
	public Map<String, Instant> acceptedAt() {
		return Map.copyOf(acceptedAt);
	}

	/** Every text sent, with how often it was sent (a second send is answered "duplicate"). */
	public Map<String, Integer> requests() {
		return Map.copyOf(requests);
	}

	private void tweet(HttpExchange exchange) throws IOException {
		try (exchange) {
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			if (authorization == null || !authorization.startsWith("OAuth ")) {
				answer(exchange, 401, "{\"title\":\"Unauthorized\",\"status\":401}");
				return;
			}
			JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
			String text = body.path("text").asString();
			requests.merge(text, 1, Integer::sum);
			sleep();
			synchronized (accepted) {
				if (accepted.containsKey(text)) {
					answer(exchange, 403, "{\"detail\":\"You are not allowed to create a Tweet with duplicate content.\","
							+ "\"title\":\"Forbidden\",\"status\":403}");
					return;
				}
				accepted.merge(text, 1, Integer::sum);
				acceptedAt.put(text, Instant.now());
			}
			answer(exchange, 201, "{\"data\":{\"id\":\"" + ids.incrementAndGet() + "\",\"text\":\"…\"}}");
		}
	}

	private void sleep() {
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
