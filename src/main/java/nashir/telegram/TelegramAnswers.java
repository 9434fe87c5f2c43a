package nashir.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import nashir.publish.AccountPause;
import nashir.publish.AccountPause.Kind;
import nashir.publish.PublishOutcome;
import nashir.publish.PublishOutcome.AccountPaused;
import nashir.publish.PublishOutcome.PermanentFailure;
import nashir.publish.PublishOutcome.Published;
import nashir.publish.PublishOutcome.RateLimited;
import nashir.publish.PublishOutcome.TransientFailure;
import nashir.publish.RateLimitStatus;
import nashir.telegram.BotApi.NoAnswer;
import nashir.text.Reason;

/**
 * Turns the Bot API's answers into {@link PublishOutcome}s, as {@code XAnswerClassifier} does for X:
 * what the bot or the chat is refused pauses the account, what the post is refused fails the post.
 * Reasons quote Telegram's {@code description}, never a URL (the token is in it).
 */
final class TelegramAnswers {

	/** Telegram names {@code retry_after} with every 429; this is for one that does not. */
	private static final Duration DEFAULT_WAIT = Duration.ofMinutes(1);

	/** 400s that refuse the chat or the bot's place in it, not the post: every post would be refused alike. */
	private static final List<String> CHAT_REFUSED = List.of("chat not found", "rights", "bot was kicked",
			"not a member", "chat_write_forbidden");

	/** 400s about the photo sent by URL: Telegram could not fetch or read it, or its caption is too long. */
	private static final List<String> PHOTO_REFUSED = List.of("photo", "url", "file", "image", "web page content",
			"caption");

	private final Clock clock;

	TelegramAnswers(Clock clock) {
		this.clock = clock;
	}

	/** The outcome of {@code sendMessage} or {@code sendPhoto}. */
	PublishOutcome sent(String account, ChatAddress chat, BotAnswer answer) {
		if (answer.taken()) {
			return published(chat, answer);
		}
		int status = answer.status();
		if (status == 429) {
			Instant resetAt = (answer.retryAfter() == null) ? this.clock.instant().plus(DEFAULT_WAIT)
					: this.clock.instant().plusSeconds(answer.retryAfter());
			return new RateLimited(resetAt, Reason.of("telegram.error.rateLimit",
					"Telegram asks account '" + account + "' to wait until " + resetAt, account, resetAt),
					RateLimitStatus.UNKNOWN);
		}
		// 404 is what the Bot API answers a token that names no bot.
		if (status == 401 || status == 404) {
			return pause(Kind.CREDENTIALS, Reason.of("telegram.pause.credentials",
					"Telegram refused the bot token of account '" + account + "' (" + answer.detail() + ")", account,
					answer.detail()));
		}
		if (answer.migratedTo() != null) {
			return pause(Kind.PERMISSION, Reason.of("telegram.pause.migrated", "The group of account '" + account
					+ "' became a supergroup: set its chat to " + answer.migratedTo(), account, answer.migratedTo()));
		}
		if (status == 403 || (status == 400 && says(answer, CHAT_REFUSED))) {
			return pause(Kind.PERMISSION, Reason.of("telegram.pause.permission", "Telegram does not let the bot of account '"
					+ account + "' post to " + chat + " (" + answer.detail() + "); add the bot as an admin of " + chat
					+ " allowed to post", account, chat.id(), answer.detail()));
		}
		if (status == 408 || status >= 500) {
			return new TransientFailure(Reason.of("telegram.error.unavailable",
					"Telegram could not take the post now (" + answer.detail() + ")", answer.detail()),
					(answer.retryAfter() == null) ? null : this.clock.instant().plusSeconds(answer.retryAfter()));
		}
		return new PermanentFailure(Reason.of("telegram.error.refused",
				"Telegram refused the post (" + answer.detail() + ")", answer.detail()));
	}

	/**
	 * Whether Telegram refused a {@code sendPhoto} for its photo (or its caption) rather than for the
	 * chat: the text alone may still go.
	 */
	static boolean refusesPhoto(BotAnswer answer) {
		return answer.status() == 400 && answer.migratedTo() == null && !says(answer, CHAT_REFUSED)
				&& says(answer, PHOTO_REFUSED);
	}

	TransientFailure noAnswer(NoAnswer ex) {
		String detail = ex.getMessage();
		return ex.timeout()
				? new TransientFailure(Reason.of("telegram.error.timeout",
						"Telegram did not answer in time (" + detail + ")", detail), null)
				: new TransientFailure(Reason.of("telegram.error.connection",
						"The connection to Telegram failed (" + detail + ")", detail), null);
	}

	/** A token that could never be right: the account waits for an operator, as for a refused one. */
	static AccountPaused malformedToken(String account) {
		return pause(Kind.CREDENTIALS, Reason.of("telegram.pause.token", "The bot token of account '" + account
				+ "' is not in BotFather's form (digits, a colon, then letters)", account));
	}

	private static Published published(ChatAddress chat, BotAnswer answer) {
		String messageId = answer.result().path("message_id").isIntegralNumber()
				? answer.result().path("message_id").asString() : null;
		if (messageId == null) {
			Reason note = (answer.unreadable() != null)
					? Reason.of("telegram.note.unreadable", "Telegram took it, but its answer could not be read (HTTP "
							+ answer.status() + ", " + answer.unreadable() + ")", answer.status())
					: Reason.of("telegram.note.noId",
							"Telegram took it, but its answer names no message id (HTTP " + answer.status() + ")",
							answer.status());
			return new Published(null, false, note, RateLimitStatus.UNKNOWN, null);
		}
		String username = answer.result().path("chat").path("username").asString("");
		return new Published(messageId, false, null, RateLimitStatus.UNKNOWN, chat.messageUrl(username, messageId));
	}

	private static AccountPaused pause(Kind kind, Reason why) {
		return new AccountPaused(new AccountPause(kind, why));
	}

	private static boolean says(BotAnswer answer, List<String> words) {
		String description = answer.description().toLowerCase(Locale.ROOT);
		return words.stream().anyMatch(description::contains);
	}

}
