package nashir;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for Telegram's Bot API ({@code POST /bot<token>/<method>}, JSON bodies) with one bot
 * ({@link #TOKEN}, {@code @}{@link #BOT}) and one channel ({@link #CHANNEL}, {@link #CHANNEL_ID}):
 * {@code getMe}, {@code getChat}, {@code getChatMember}, {@code sendMessage} and {@code sendPhoto}.
 * Like Telegram it has no idempotency: every send is a new message, counted in {@link #accepted()}, so
 * crash tests can check that every story reached the channel once, or at most twice. A send is
 * taken before the {@code delay} and answered after it, as a crash mid-call would find it.
 */
public final class FakeTelegram implements AutoCloseable {

	public static final String TOKEN = "7000000001:AAH-fake_SECRET-tokenOfOfoqBot";

	public static final long BOT_ID = 7_000_000_001L;

	public static final String BOT = "ofoq_nashir_bot";

	public static final String CHANNEL = "@ofoqnews";

	public static final long CHANNEL_ID = -1_001_234_567_890L;

	public static final String TITLE = "أفق نيوز";

	private final FakeServer server;

	private final Map<String, Integer> accepted = new ConcurrentHashMap<>();

	private final List<Sent> sent = new CopyOnWriteArrayList<>();

	private final AtomicLong messageIds = new AtomicLong(100);

	private final Duration delay;

	private final JsonMapper json = JsonMapper.builder().build();

	private volatile String botStatus = "administrator";

	private volatile boolean botMayPost = true;

	private volatile boolean refusePhotos;

	public FakeTelegram(Duration delay) throws IOException {
		this.delay = delay;
		this.server = new FakeServer(Map.of("/", this::call));
	}

	public FakeTelegram() throws IOException {
		this(Duration.ZERO);
	}

	/** What {@code nashir.telegram.api-base-url} is set to. */
	public String baseUrl() {
		return this.server.baseUrl();
	}

	/** The texts (and captions) Telegram posted, unescaped as the post was written, with how often each was posted. */
	public Map<String, Integer> accepted() {
		return Map.copyOf(this.accepted);
	}

	/** Every message posted, in order. */
	public List<Sent> sent() {
		return List.copyOf(this.sent);
	}

	/** The bot's place in the channel: {@code administrator}, {@code member}, {@code left}, {@code kicked}… */
	public FakeTelegram botIs(String status, boolean mayPost) {
		this.botStatus = status;
		this.botMayPost = mayPost;
		return this;
	}

	/** Refuse every {@code sendPhoto} as Telegram refuses a photo URL it cannot fetch. */
	public FakeTelegram refusePhotos() {
		this.refusePhotos = true;
		return this;
	}

	/**
	 * One message as posted.
	 *
	 * @param method {@code sendMessage} or {@code sendPhoto}
	 * @param body the request's JSON as sent (the text still HTML-escaped)
	 */
	public record Sent(String method, long messageId, JsonNode body) {
	}

	private void call(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getRawPath();
			String prefix = "/bot" + TOKEN + "/";
			if (!path.startsWith(prefix)) {
				answer(exchange, 401, error(401, "Unauthorized"));
				return;
			}
			JsonNode body = this.json.readTree(exchange.getRequestBody().readAllBytes());
			String method = path.substring(prefix.length());
			switch (method) {
				case "getMe" -> answer(exchange, 200, ok(bot()));
				case "getChat" -> answer(exchange, ourChat(body) ? 200 : 400,
						ourChat(body) ? ok(chat()) : error(400, "Bad Request: chat not found"));
				case "getChatMember" -> answer(exchange, ourChat(body) ? 200 : 400,
						ourChat(body) ? ok(member()) : error(400, "Bad Request: chat not found"));
				case "sendMessage", "sendPhoto" -> send(exchange, method, body);
				default -> answer(exchange, 404, error(404, "Not Found: method not found"));
			}
		}
	}

	private void send(HttpExchange exchange, String method, JsonNode body) throws IOException {
		if (!ourChat(body)) {
			answer(exchange, 400, error(400, "Bad Request: chat not found"));
			return;
		}
		if (!this.botMayPost) {
			answer(exchange, 403, error(403, "Forbidden: bot is not a member of the channel chat"));
			return;
		}
		if (method.equals("sendPhoto") && this.refusePhotos) {
			answer(exchange, 400, error(400, "Bad Request: wrong file identifier/HTTP URL specified"));
			return;
		}
		String text = body.path(method.equals("sendPhoto") ? "caption" : "text").asString("");
		long messageId = this.messageIds.incrementAndGet();
		this.accepted.merge(unescaped(text), 1, Integer::sum);
		this.sent.add(new Sent(method, messageId, body));
		FakeServer.pause(this.delay);
		ObjectNode message = this.json.createObjectNode().put("message_id", messageId).put("date", 1_700_000_000);
		message.set("chat", chat());
		message.put(method.equals("sendPhoto") ? "caption" : "text", unescaped(text));
		answer(exchange, 200, ok(message));
	}

	private boolean ourChat(JsonNode body) {
		String chat = body.path("chat_id").asString("");
		return chat.equals(CHANNEL) || chat.equals(String.valueOf(CHANNEL_ID));
	}

	private ObjectNode bot() {
		return this.json.createObjectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "ناشر أفق")
			.put("username", BOT);
	}

	private ObjectNode chat() {
		return this.json.createObjectNode().put("id", CHANNEL_ID).put("title", TITLE).put("username", CHANNEL.substring(1))
			.put("type", "channel");
	}

	private ObjectNode member() {
		ObjectNode member = this.json.createObjectNode().put("status", this.botStatus);
		member.set("user", bot());
		if (this.botStatus.equals("administrator")) {
			member.put("can_post_messages", this.botMayPost);
		}
		return member;
	}

	private ObjectNode ok(JsonNode result) {
		ObjectNode answer = this.json.createObjectNode().put("ok", true);
		answer.set("result", result);
		return answer;
	}

	private ObjectNode error(int code, String description) {
		return this.json.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
	}

	/** The Bot API's HTML mode reads {@code &lt;}, {@code &gt;} and {@code &amp;} back to the characters. */
	private static String unescaped(String html) {
		return html.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
	}


	private void answer(HttpExchange exchange, int status, JsonNode body) throws IOException {
		FakeServer.answer(exchange, status, this.json.writeValueAsString(body));
	}

	@Override
	public void close() {
		this.server.close();
	}

}
