package nashir;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for one account's PDS: signs in with a handle and an app password, refreshes sessions, takes blobs
 * and {@code app.bsky.feed.post} records. Like Bluesky's own PDS, it answers 500 {@code InternalServerError} to a
 * record key already taken (atproto issues 3718 and 4725), and 400 {@code ExpiredToken} to an expired access
 * token. Counts what it accepted, so crash tests can check that every story reached Bluesky exactly once.
 */
public final class FakeBluesky implements AutoCloseable {

	public static final String DID = "did:plc:ofoq7nashirtest2dzk4qn3y";

	public static final String HANDLE = "ofoq.bsky.social";

	public static final String APP_PASSWORD = "xq7k-m2pw-hn4c-9rtz";

	private final FakeServer server;

	private final String handle;

	private final String appPassword;

	private final Duration delay;

	private final Map<String, JsonNode> records = new ConcurrentHashMap<>();

	private final Map<String, Integer> accepted = new ConcurrentHashMap<>();

	private final Map<String, Integer> calls = new ConcurrentHashMap<>();

	private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();

	private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();

	private final Set<String> issued = ConcurrentHashMap.newKeySet();

	private final AtomicInteger tokens = new AtomicInteger();

	private final JsonMapper json = JsonMapper.builder().build();

	/** The account {@link #HANDLE} with the app password {@link #APP_PASSWORD}. */
	public FakeBluesky(Duration delay) throws IOException {
		this(HANDLE, APP_PASSWORD, delay);
	}

	/**
	 * @param delay how long a record is held after it is taken and before the answer, so a process killed
	 * meanwhile never learns it was taken (the case a resend must not double)
	 */
	public FakeBluesky(String handle, String appPassword, Duration delay) throws IOException {
		this.handle = handle;
		this.appPassword = appPassword;
		this.delay = delay;
		this.server = new FakeServer(Map.of("/xrpc/", this::xrpc));
	}

	public String baseUrl() {
		return this.server.baseUrl();
	}

	/** Texts of the records taken, with how often each was taken. */
	public Map<String, Integer> accepted() {
		return Map.copyOf(this.accepted);
	}

	/** The records taken by their key. */
	public Map<String, JsonNode> records() {
		return Map.copyOf(this.records);
	}

	/** How often each XRPC method was called. */
	public int calls(String method) {
		return this.calls.getOrDefault(method, 0);
	}

	/** Every access and refresh token this PDS handed out, so a test can look for them where they must not be. */
	public Set<String> issuedTokens() {
		return Set.copyOf(this.issued);
	}

	/** Every access token handed out so far expires, as they do after two hours. */
	public void expireAccessTokens() {
		this.accessTokens.clear();
	}

	/** Every refresh token handed out so far expires too: only a new sign-in helps. */
	public void expireRefreshTokens() {
		this.refreshTokens.clear();
	}

	private void xrpc(HttpExchange exchange) throws IOException {
		try (exchange) {
			String method = exchange.getRequestURI().getPath().substring("/xrpc/".length());
			this.calls.merge(method, 1, Integer::sum);
			byte[] body = exchange.getRequestBody().readAllBytes();
			switch (method) {
				case "com.atproto.server.createSession" -> createSession(exchange, body);
				case "com.atproto.server.refreshSession" -> refreshSession(exchange);
				case "com.atproto.repo.uploadBlob" -> authorized(exchange, () -> uploadBlob(exchange, body));
				case "com.atproto.repo.createRecord" -> authorized(exchange, () -> createRecord(exchange, body));
				case "com.atproto.repo.getRecord" -> getRecord(exchange);
				case "app.bsky.actor.getProfile" -> authorized(exchange, () -> FakeServer.answer(exchange, 200,
						"{\"did\":\"" + DID + "\",\"handle\":\"" + this.handle + "\",\"displayName\":\"أفق نيوز\","
								+ "\"avatar\":\"https://cdn.bsky.app/img/avatar/plain/" + DID + "/bafkavatar@jpeg\"}"));
				default -> error(exchange, 501, "MethodNotImplemented", "Method Not Implemented");
			}
		}
	}

	private void createSession(HttpExchange exchange, byte[] body) throws IOException {
		JsonNode login = this.json.readTree(body);
		if (!this.handle.equals(login.path("identifier").asString("")) || !this.appPassword.equals(login.path("password").asString(""))) {
			error(exchange, 401, "AuthenticationRequired", "Invalid identifier or password");
			return;
		}
		FakeServer.answer(exchange, 200, session());
	}

	private void refreshSession(HttpExchange exchange) throws IOException {
		if (!this.refreshTokens.remove(bearer(exchange))) {
			error(exchange, 400, "ExpiredToken", "Token has expired");
			return;
		}
		FakeServer.answer(exchange, 200, session());
	}

	private String session() {
		int n = this.tokens.incrementAndGet();
		String access = "eyJhbGciOiJFUzI1NksifQ.access-" + n + "-Qmx1ZXNreQ";
		String refresh = "eyJhbGciOiJFUzI1NksifQ.refresh-" + n + "-UmVmcmVzaA";
		this.accessTokens.add(access);
		this.refreshTokens.add(refresh);
		this.issued.add(access);
		this.issued.add(refresh);
		return "{\"did\":\"" + DID + "\",\"handle\":\"" + this.handle + "\",\"accessJwt\":\"" + access
				+ "\",\"refreshJwt\":\"" + refresh + "\",\"active\":true}";
	}

	private void uploadBlob(HttpExchange exchange, byte[] body) throws IOException {
		String type = exchange.getRequestHeaders().getFirst("Content-Type");
		FakeServer.answer(exchange, 200, "{\"blob\":{\"$type\":\"blob\",\"ref\":{\"$link\":\"bafkreiblob" + body.length
				+ "\"},\"mimeType\":\"" + type + "\",\"size\":" + body.length + "}}");
	}

	private void createRecord(HttpExchange exchange, byte[] body) throws IOException {
		JsonNode call = this.json.readTree(body);
		String rkey = call.path("rkey").asString("3lgen" + this.tokens.incrementAndGet() + "aaaaaa");
		synchronized (this.records) {
			if (this.records.containsKey(rkey)) {
				error(exchange, 500, "InternalServerError", "Internal Server Error");
				return;
			}
			this.records.put(rkey, call.path("record"));
			this.accepted.merge(call.path("record").path("text").asString(""), 1, Integer::sum);
		}
		FakeServer.pause(this.delay);
		FakeServer.answer(exchange, 200, "{\"uri\":\"at://" + DID + "/app.bsky.feed.post/" + rkey
				+ "\",\"cid\":\"bafyreirecord\",\"validationStatus\":\"valid\"}");
	}

	private void getRecord(HttpExchange exchange) throws IOException {
		Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
		JsonNode record = this.records.get(query.getOrDefault("rkey", ""));
		if (record == null) {
			error(exchange, 400, "RecordNotFound", "Could not locate record: at://" + query.get("repo") + "/"
					+ query.get("collection") + "/" + query.get("rkey"));
			return;
		}
		ObjectNode found = this.json.createObjectNode()
			.put("uri", "at://" + DID + "/app.bsky.feed.post/" + query.get("rkey"))
			.put("cid", "bafyreirecord");
		found.set("value", record);
		FakeServer.answer(exchange, 200, this.json.writeValueAsString(found));
	}

	@FunctionalInterface
	private interface Handler {

		void handle() throws IOException;

	}

	private void authorized(HttpExchange exchange, Handler handler) throws IOException {
		String token = bearer(exchange);
		if (token == null) {
			error(exchange, 401, "AuthenticationRequired", "Authentication Required");
		}
		else if (!this.accessTokens.contains(token)) {
			error(exchange, 400, "ExpiredToken", "Token has expired");
		}
		else {
			handler.handle();
		}
	}

	private static String bearer(HttpExchange exchange) {
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		return (authorization == null || !authorization.startsWith("Bearer ")) ? null
				: authorization.substring("Bearer ".length());
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> query = new HashMap<>();
		for (String pair : (raw == null ? "" : raw).split("&")) {
			String[] parts = pair.split("=", 2);
			if (parts.length == 2) {
				query.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
			}
		}
		return query;
	}


	private static void error(HttpExchange exchange, int status, String error, String message) throws IOException {
		FakeServer.answer(exchange, status, "{\"error\":\"" + error + "\",\"message\":\"" + message + "\"}");
	}


	@Override
	public void close() {
		this.server.close();
	}

}
