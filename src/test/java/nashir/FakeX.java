package nashir;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for X's {@code POST /2/tweets} that, like X, accepts a text once and answers 403
 * "duplicate content" to the same text again. Counts what it accepted, so crash tests can check
 * that every story reached X exactly once.
 */
public final class FakeX implements AutoCloseable {

	private final FakeServer server;

	private final Map<String, Integer> accepted = new ConcurrentHashMap<>();

	private final Map<String, Integer> requests = new ConcurrentHashMap<>();

	private final Map<String, Instant> acceptedAt = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong(1_862_000_000_000_000_000L);

	private final Duration delay;

	private final JsonMapper json = JsonMapper.builder().build();

	public FakeX(Duration delay) throws IOException {
		this.delay = delay;
		this.server = new FakeServer(Map.of("/2/tweets", this::tweet));
	}

	public String baseUrl() {
		return this.server.baseUrl();
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
				FakeServer.answer(exchange, 401, "{\"title\":\"Unauthorized\",\"status\":401}");
				return;
			}
			JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
			String text = body.path("text").asString();
			requests.merge(text, 1, Integer::sum);
			FakeServer.pause(this.delay);
			synchronized (accepted) {
				if (accepted.containsKey(text)) {
					FakeServer.answer(exchange, 403, "{\"detail\":\"You are not allowed to create a Tweet with duplicate content.\","
							+ "\"title\":\"Forbidden\",\"status\":403}");
					return;
				}
				accepted.merge(text, 1, Integer::sum);
				acceptedAt.put(text, Instant.now());
			}
			FakeServer.answer(exchange, 201, "{\"data\":{\"id\":\"" + ids.incrementAndGet() + "\",\"text\":\"…\"}}");
		}
	}



	@Override
	public void close() {
		this.server.close();
	}

}
