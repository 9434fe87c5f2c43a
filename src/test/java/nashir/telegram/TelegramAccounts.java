package nashir.telegram;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import nashir.FakeTelegram;
import nashir.publish.Account;
import nashir.publish.Network;

import static org.assertj.core.api.Assertions.assertThat;

/** Telegram accounts and settings for tests, and the check that the bot token shows nowhere. */
final class TelegramAccounts {

	static final String TOKEN = FakeTelegram.TOKEN;

	/** The real headline of the first user's site, with Telegram's HTML specials nowhere in it. */
	static final String HEADLINE = "قمة “بوتين وبايدن”.. اتفاق على عودة السفراء";

	static final String LINK = "https://ofoq.example.com/2021/06/16/%D9%82%D9%85%D8%A9/";

	/** A hostile title: markup and an ampersand that HTML mode would read, were they not escaped. */
	static final String HOSTILE = "<script>alert('x')</script> قمة A&B <b>عاجل</b> & تفاصيل";

	private TelegramAccounts() {
	}

	static Account account(String token, String chat) {
		return new Account(null, null, null, null, false, Duration.ZERO, 0, null, Duration.ofMinutes(15), null, null,
				Network.TELEGRAM, token, chat, null, null, null, null);
	}

	static TelegramChannel channel(String baseUrl, Clock clock) {
		return new TelegramChannel(new TelegramSettings(URI.create(baseUrl), Duration.ofSeconds(2),
				Duration.ofSeconds(2)), clock);
	}

	static void assertNoToken(Object anything) {
		assertThat(String.valueOf(anything)).doesNotContain(TOKEN, TOKEN.substring(TOKEN.indexOf(':') + 1));
	}

}
