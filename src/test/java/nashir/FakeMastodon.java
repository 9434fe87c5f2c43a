package nashir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for one Mastodon instance: {@code GET /api/v2/instance}, {@code verify_credentials},
 * {@code POST /api/v2/media} (with an optional 202 and a few 206 polls, as a large image gets) and
 * {@code POST /api/v1/statuses}, which like Mastodon answers a second call with the same
 * {@code Idempotency-Key} with the status the first one made, not a second status. Counts what it
 * took, so crash tests can check that every story reached the instance exactly once.
 */
public final class FakeMastodon implements AutoCloseable {

	private static final Pattern DESCRIPTION = Pattern
		.compile("name=\"description\"\r\n\r\n(.*?)\r\n--", Pattern.DOTALL);

	private final FakeServer server;

	private final String token;

	private final Duration delay;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, Integer> accepted = new ConcurrentHashMap<>();

	private final Map<String, Integer> requests = new ConcurrentHashMap<>();

	private final Map<String, JsonNode> statusesByKey = new ConcurrentHashMap<>();

	private final Map<String, Object> keyLocks = new ConcurrentHashMap<>();

	private final List<JsonNode> statuses = new CopyOnWriteArrayList<>();

	private final List<String> mediaDescriptions = new CopyOnWriteArrayList<>();

	private final Map<String, AtomicInteger> mediaPollsLeft = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong(113_500_000_000_000_000L);

	private final AtomicInteger instanceReads = new AtomicInteger();

	private volatile int maxCharacters = 500;

	private volatile int processingPolls = -1;

	public FakeMastodon(String token) throws IOException {
		this(token, Duration.ZERO);
	}

	/** @param delay how long each status call waits before it is taken: a crash test kills the app meanwhile */
	public FakeMastodon(String token, Duration delay) throws IOException {
		this.token = token;
		this.delay = delay;
		this.server = new FakeServer(Map.of("/api/v2/instance", this::instance, "/api/v1/accounts/verify_credentials",
				this::verifyCredentials, "/api/v2/media", this::upload, "/api/v1/media/", this::media, "/api/v1/statuses",
				this::status));
	}

	/** The instance's address, as an account's {@code instance} names it. */
	public String baseUrl() {
		return this.server.baseUrl();
	}

	/** Texts of the statuses made, with how often each was made (a resend with its key makes none). */
	public Map<String, Integer> accepted() {
		return Map.copyOf(this.accepted);
	}

	/** Every text sent to {@code POST /api/v1/statuses}, with how often it was sent. */
	public Map<String, Integer> requests() {
		return Map.copyOf(this.requests);
	}

	/** The statuses made, as sent back: {@code id}, {@code url}, {@code content}, {@code language}, media ids. */
	public List<JsonNode> statuses() {
		return List.copyOf(this.statuses);
	}

	/** The descriptions of the images uploaded, in order. */
	public List<String> mediaDescriptions() {
		return List.copyOf(this.mediaDescriptions);
	}

	public int instanceReads() {
		return this.instanceReads.get();
	}

	public FakeMastodon maxCharacters(int max) {
		this.maxCharacters = max;
		return this;
	}

	/** Uploads answer 202, then {@code polls} times 206, before the image is ready; negative for 200 at once. */
	public FakeMastodon processingPolls(int polls) {
		this.processingPolls = polls;
		return this;
	}

	private void instance(HttpExchange exchange) throws IOException {
		try (exchange) {
			this.instanceReads.incrementAndGet();
			FakeServer.answer(exchange, 200, "{\"domain\":\"127.0.0.1\",\"title\":\"Fake\",\"version\":\"4.3.0\","
					+ "\"configuration\":{\"statuses\":{\"max_characters\":" + this.maxCharacters
					+ ",\"max_media_attachments\":4,\"characters_reserved_per_url\":23}}}");
		}
	}

	private void verifyCredentials(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (authorized(exchange)) {
				FakeServer.answer(exchange, 200, "{\"id\":\"109\",\"username\":\"ofoq\",\"acct\":\"ofoq\",\"display_name\":\"أفق نيوز\","
						+ "\"avatar\":\"https://files.example.com/avatar.png\",\"url\":\"" + baseUrl() + "/@ofoq\"}");
			}
		}
	}

	private void upload(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!authorized(exchange)) {
				return;
			}
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
			Matcher description = DESCRIPTION.matcher(body);
			String text = description.find()
					? new String(description.group(1).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8) : null;
			this.mediaDescriptions.add(String.valueOf(text));
			String id = String.valueOf(this.ids.incrementAndGet());
			if (this.processingPolls >= 0) {
				this.mediaPollsLeft.put(id, new AtomicInteger(this.processingPolls));
				FakeServer.answer(exchange, 202, "{\"id\":\"" + id + "\",\"type\":\"image\",\"url\":null}");
			}
			else {
				FakeServer.answer(exchange, 200, "{\"id\":\"" + id + "\",\"type\":\"image\",\"url\":\"" + baseUrl() + "/m/" + id + "\"}");
			}
		}
	}

	private void media(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!authorized(exchange)) {
				return;
			}
			String id = exchange.getRequestURI().getPath().substring("/api/v1/media/".length());
			AtomicInteger left = this.mediaPollsLeft.get(id);
			if (left == null) {
				FakeServer.answer(exchange, 404, "{\"error\":\"Record not found\"}");
			}
			else if (left.getAndDecrement() > 0) {
				FakeServer.answer(exchange, 206, "{\"id\":\"" + id + "\",\"type\":\"image\",\"url\":null}");
			}
			else {
				FakeServer.answer(exchange, 200, "{\"id\":\"" + id + "\",\"type\":\"image\",\"url\":\"" + baseUrl() + "/m/" + id + "\"}");
			}
		}
	}

	private void status(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!authorized(exchange)) {
				return;
			}
			JsonNode body = this.json.readTree(exchange.getRequestBody().readAllBytes());
			String text = body.path("status").asString("");
			this.requests.merge(text, 1, Integer::sum);
			String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
			JsonNode status;
			if (key == null) {
				status = create(body, text);
			}
			else {
				// Mastodon keys a status by account and key: the same key gives back the first status.
				synchronized (this.keyLocks.computeIfAbsent(key, (any) -> new Object())) {
					status = this.statusesByKey.get(key);
					if (status == null) {
						status = create(body, text);
						this.statusesByKey.put(key, status);
					}
				}
			}
			exchange.getResponseHeaders().set("X-RateLimit-Limit", "300");
			exchange.getResponseHeaders().set("X-RateLimit-Remaining", String.valueOf(Math.max(0, 300 - this.statuses.size())));
			exchange.getResponseHeaders().set("X-RateLimit-Reset", Instant.now().plus(3, ChronoUnit.HOURS).toString());
			FakeServer.answer(exchange, 200, this.json.writeValueAsString(status));
		}
	}

	private JsonNode create(JsonNode body, String text) {
		FakeServer.pause(this.delay);
		String id = String.valueOf(this.ids.incrementAndGet());
		ObjectNode status = this.json.createObjectNode()
			.put("id", id)
			.put("url", baseUrl() + "/@ofoq/" + id)
			.put("content", text)
			.put("language", body.path("language").asString(null))
			.put("visibility", body.path("visibility").asString(null));
		status.set("media_ids", body.path("media_ids").isArray() ? body.path("media_ids") : this.json.createArrayNode());
		this.accepted.merge(text, 1, Integer::sum);
		this.statuses.add(status);
		return status;
	}

	private boolean authorized(HttpExchange exchange) throws IOException {
		if (("Bearer " + this.token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			return true;
		}
		FakeServer.answer(exchange, 401, "{\"error\":\"The access token is invalid\"}");
		return false;
	}



	@Override
	public void close() {
		this.server.close();
	}

}
