package nashir.telegram;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The Bot API's answer to one call: {@code {"ok":true,"result":…}} or
 * {@code {"ok":false,"error_code":400,"description":"Bad Request: chat not found","parameters":{…}}}.
 *
 * @param json the body, a missing node when it was not JSON
 * @param unreadable why the body could not be read (too large, cut off), or {@code null}
 */
record BotAnswer(int status, JsonNode json, String unreadable) {

	private static final int MAX_DETAIL = 300;

	static BotAnswer read(int status, byte[] body) {
		try {
			JsonNode json = BotApi.JSON.readTree(body);
			return new BotAnswer(status, (json == null) ? BotApi.JSON.missingNode() : json, null);
		}
		catch (JacksonException ex) {
			return new BotAnswer(status, BotApi.JSON.missingNode(), null);
		}
	}

	static BotAnswer unreadable(int status, String why) {
		return new BotAnswer(status, BotApi.JSON.missingNode(), why);
	}

	/** Telegram took the call: a 2xx, whatever the body says, as a message sent must never be sent again. */
	boolean taken() {
		return this.status >= 200 && this.status < 300;
	}

	JsonNode result() {
		return this.json.path("result");
	}

	/** Telegram's own words ({@code description}), on one line; empty when it gave none. */
	String description() {
		String words = this.json.path("description").asString("").replaceAll("\\s+", " ").strip();
		return words.length() <= MAX_DETAIL ? words : words.substring(0, MAX_DETAIL) + "…";
	}

	/** The status and Telegram's words, for a reason: {@code 400 Bad Request: chat not found}. */
	String detail() {
		String words = description();
		return words.isEmpty() ? String.valueOf(this.status) : this.status + " " + words;
	}

	/** {@code parameters.retry_after}: how many seconds to wait, or {@code null}. */
	Long retryAfter() {
		JsonNode seconds = this.json.path("parameters").path("retry_after");
		return seconds.isIntegralNumber() ? Math.max(0, seconds.asLong()) : null;
	}

	/** {@code parameters.migrate_to_chat_id}: a group became a supergroup with this id, or {@code null}. */
	String migratedTo() {
		JsonNode id = this.json.path("parameters").path("migrate_to_chat_id");
		return id.isIntegralNumber() ? id.asString() : null;
	}

}
