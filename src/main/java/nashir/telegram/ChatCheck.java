package nashir.telegram;

import java.util.Set;

import nashir.publish.ConnectRefused;
import nashir.publish.NetworkProfile;
import nashir.telegram.BotApi.NoAnswer;
import nashir.text.Reason;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Asks Telegram, before an account is kept, whether its bot may post to its chat: {@code getMe}
 * (the token names a bot), {@code getChat} (the chat exists and the bot sees it) and
 * {@code getChatMember} (the bot is an admin allowed to post, in a channel; a member who may
 * write, in a group). Every refusal says what an admin does about it.
 */
final class ChatCheck {

	private static final Set<String> ADMINS = Set.of("creator", "administrator");

	private final BotApi bot;

	private final ChatAddress chat;

	ChatCheck(BotApi bot, ChatAddress chat) {
		this.bot = bot;
		this.chat = chat;
	}

	NetworkProfile check() throws ConnectRefused {
		if (!this.bot.wellFormed()) {
			throw refused("telegram.connect.tokenForm",
					"The bot token is not in BotFather's form (digits, a colon, then letters); copy it again from @BotFather");
		}
		BotAnswer me = ask("getMe", BotApi.JSON.createObjectNode());
		if (me.status() == 401 || me.status() == 404) {
			throw refused("telegram.connect.token",
					"Telegram refused the bot token (" + me.detail() + "); copy it again from @BotFather", me.detail());
		}
		requireTaken(me, "getMe");
		long botId = me.result().path("id").asLong(0);
		String bot = "@" + me.result().path("username").asString("");
		BotAnswer chat = ask("getChat", BotApi.JSON.createObjectNode().put("chat_id", this.chat.id()));
		if (chat.status() == 400 || chat.status() == 403) {
			throw refused("telegram.connect.chat", "Telegram finds no chat " + this.chat + " that the bot " + bot
					+ " can see (" + chat.detail() + "); check the name and add the bot as an admin of " + this.chat,
					this.chat.id(), bot, chat.detail());
		}
		requireTaken(chat, "getChat");
		BotAnswer member = ask("getChatMember",
				BotApi.JSON.createObjectNode().put("chat_id", this.chat.id()).put("user_id", botId));
		if (!member.taken() && member.status() != 400 && member.status() != 403) {
			requireTaken(member, "getChatMember");
		}
		if (!member.taken() || !mayPost(chat.result().path("type").asString(""), member.result())) {
			throw refused("telegram.connect.notAdmin",
					"Add the bot " + bot + " as an admin of " + this.chat + " allowed to post messages", bot,
					this.chat.id());
		}
		return profile(chat.result());
	}

	/**
	 * In a channel only admins post, and an admin only with {@code can_post_messages}; in a group a
	 * member may write unless restricted.
	 */
	private static boolean mayPost(String type, JsonNode member) {
		String status = member.path("status").asString("");
		if (type.equals("channel")) {
			return status.equals("creator")
					|| (status.equals("administrator") && member.path("can_post_messages").asBoolean(false));
		}
		return ADMINS.contains(status) || status.equals("member")
				|| (status.equals("restricted") && member.path("can_send_messages").asBoolean(false));
	}

	private NetworkProfile profile(JsonNode chat) {
		String username = chat.path("username").asString("");
		String title = chat.path("title").asString("");
		String id = chat.path("id").isIntegralNumber() ? chat.path("id").asString() : this.chat.id();
		return new NetworkProfile(id, username.isEmpty() ? this.chat.id() : "@" + username,
				title.isEmpty() ? null : title, null, username.isEmpty() ? null : "https://t.me/" + username);
	}

	private BotAnswer ask(String method, ObjectNode params) throws ConnectRefused {
		try {
			return this.bot.call(method, params);
		}
		catch (NoAnswer ex) {
			throw refused("telegram.connect.unreachable",
					"Telegram could not be reached (" + ex.getMessage() + "); try again later", ex.getMessage());
		}
	}

	private static void requireTaken(BotAnswer answer, String method) throws ConnectRefused {
		if (answer.status() == 429) {
			long seconds = (answer.retryAfter() == null) ? 60 : answer.retryAfter();
			throw refused("telegram.connect.wait",
					"Telegram asks to wait " + seconds + " seconds before trying again", seconds);
		}
		if (!answer.taken()) {
			throw refused("telegram.connect.failed",
					"Telegram answered " + answer.detail() + " to " + method + "; try again later", answer.detail(),
					method);
		}
	}

	private static ConnectRefused refused(String key, String english, Object... args) {
		return new ConnectRefused(Reason.of(key, english, args));
	}

}
