package nashir.telegram;

import java.time.Clock;

import nashir.compose.LengthRule;
import nashir.net.Http;
import nashir.publish.Account;
import nashir.publish.Channel;
import nashir.publish.ConnectCheck;
import nashir.publish.ConnectRefused;
import nashir.publish.Network;
import nashir.publish.NetworkProfile;
import nashir.publish.Publisher;
import nashir.text.Reason;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Telegram through its Bot API, called with Nashir's own {@link Http} and Jackson rather than a
 * client library, so every call keeps Nashir's size and time bounds and no library logs or throws
 * the URL, which holds the bot's token.
 */
@Component
public class TelegramChannel implements Channel, ConnectCheck {

	private final TelegramSettings settings;

	private final TelegramAnswers answers;

	/** Unguarded: the Bot API is an operator's configured endpoint (a self-hosted one may be internal). */
	private final Http toTelegram = Http.unguarded();

	@Autowired
	public TelegramChannel(TelegramSettings settings) {
		this(settings, Clock.systemUTC());
	}

	TelegramChannel(TelegramSettings settings, Clock clock) {
		this.settings = settings;
		this.answers = new TelegramAnswers(clock);
	}

	@Override
	public Network network() {
		return Network.TELEGRAM;
	}

	@Override
	public Publisher publisher(String name, Account account) {
		return new TelegramPublisher(name, ChatAddress.of(account.chat()), bot(account), this.answers);
	}

	@Override
	public LengthRule lengthRule(Account account) {
		return TelegramText.LENGTH;
	}

	@Override
	public NetworkProfile check(Account account) throws ConnectRefused {
		if (!account.hasCredentials()) {
			throw new ConnectRefused(
					Reason.of("telegram.connect.missing", "A Telegram account needs a bot token and a channel"));
		}
		return new ChatCheck(bot(account), ChatAddress.of(account.chat())).check();
	}

	private BotApi bot(Account account) {
		return new BotApi(this.toTelegram, this.settings, account.botToken());
	}

}
