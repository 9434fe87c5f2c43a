package nashir.telegram;

import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;

import nashir.net.Answer;
import nashir.net.Call;
import nashir.net.Http;
import nashir.net.Limits;
import nashir.net.NetException;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One bot's calls to the Bot API: {@code POST /bot<token>/<method>} with a JSON body. The token is
 * in the URL's path, so this class is the only one that knows the URL, and every message it lets
 * out has the token blotted out, whatever wrote it.
 */
final class BotApi {

	/** BotFather's form ({@code 123456789:AAH…}); anything else could break the URL and be quoted in the error. */
	private static final Pattern TOKEN = Pattern.compile("[0-9]+:[A-Za-z0-9_-]+");

	private static final long MAX_ANSWER_BYTES = 1024 * 1024;

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final Http http;

	private final String base;

	private final String token;

	private final Limits limits;

	BotApi(Http http, TelegramSettings settings, String token) {
		this.http = http;
		String root = settings.apiBaseUrl().toString();
		this.base = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
		this.token = (token == null) ? "" : token.strip();
		// No redirect followed: the Bot API does not redirect, and a redirect would carry the token elsewhere.
		this.limits = new Limits(settings.connectTimeout(), settings.requestTimeout(), settings.requestTimeout(),
				MAX_ANSWER_BYTES, 0);
	}

	boolean wellFormed() {
		return TOKEN.matcher(this.token).matches();
	}

	/**
	 * Telegram's answer to one method; an answer whose body cannot be read is still an answer (the
	 * call was judged), only no answer at all is thrown.
	 */
	BotAnswer call(String method, ObjectNode params) throws NoAnswer {
		if (!wellFormed()) {
			throw new IllegalStateException("the bot token is not in BotFather's form");
		}
		URI url = URI.create(this.base + "/bot" + this.token + "/" + method);
		byte[] body = JSON.writeValueAsBytes(params);
		try {
			Answer answer = this.http.send(Call.post(url,
					Map.of("Content-Type", "application/json; charset=UTF-8", "Accept", "application/json"), body,
					this.limits));
			return BotAnswer.read(answer.status(), answer.body());
		}
		catch (NetException ex) {
			if (ex.status() != 0) {
				return BotAnswer.unreadable(ex.status(), hidden(ex.getMessage()));
			}
			// Not the exception itself: its causes could quote the URL in a logged stack trace.
			throw new NoAnswer(hidden(ex.getMessage()), ex.isTimeout());
		}
	}

	String hidden(String text) {
		if (text == null) {
			return "";
		}
		return this.token.isEmpty() ? text : text.replace(this.token, "<bot-token>");
	}

	@Override
	public String toString() {
		return "BotApi[" + this.base + "]";
	}

	/** The call got no answer: timeout, connection refused or reset, unknown host. */
	static final class NoAnswer extends Exception {

		private final boolean timeout;

		NoAnswer(String reason, boolean timeout) {
			super(reason, null, false, false);
			this.timeout = timeout;
		}

		boolean timeout() {
			return this.timeout;
		}

	}

}
