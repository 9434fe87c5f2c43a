package nashir.telegram;

import java.util.regex.Pattern;

/**
 * The chat an account posts to, as the Bot API names it: {@code @ofoqnews} for a public channel,
 * {@code -1001234567890} for a private one. Editors also write {@code ofoqnews} or
 * {@code https://t.me/ofoqnews}; both mean {@code @ofoqnews}.
 */
record ChatAddress(String id) {

	private static final Pattern NUMERIC = Pattern.compile("-?[0-9]+");

	/** Private channels and supergroups: the Bot API's id is {@code -100} and the id t.me links use. */
	private static final String PRIVATE_PREFIX = "-100";

	static ChatAddress of(String configured) {
		String chat = configured.strip();
		for (String prefix : new String[] { "https://t.me/", "http://t.me/", "t.me/" }) {
			if (chat.regionMatches(true, 0, prefix, 0, prefix.length())) {
				chat = chat.substring(prefix.length());
			}
		}
		if (chat.endsWith("/")) {
			chat = chat.substring(0, chat.length() - 1);
		}
		return new ChatAddress(NUMERIC.matcher(chat).matches() || chat.startsWith("@") ? chat : "@" + chat);
	}

	/**
	 * Where people read a message: {@code https://t.me/<name>/<id>} for a public chat (the name from
	 * Telegram's answer, else the configured one), {@code https://t.me/c/<id>/<id>} for a private
	 * channel, which only its members can open; {@code null} for any other chat.
	 */
	String messageUrl(String username, String messageId) {
		if (username != null && !username.isBlank()) {
			return "https://t.me/" + username + "/" + messageId;
		}
		if (this.id.startsWith("@")) {
			return "https://t.me/" + this.id.substring(1) + "/" + messageId;
		}
		if (this.id.startsWith(PRIVATE_PREFIX) && this.id.length() > PRIVATE_PREFIX.length()) {
			return "https://t.me/c/" + this.id.substring(PRIVATE_PREFIX.length()) + "/" + messageId;
		}
		return null;
	}

	@Override
	public String toString() {
		return this.id;
	}

}
