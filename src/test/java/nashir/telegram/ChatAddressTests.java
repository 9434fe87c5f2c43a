package nashir.telegram;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How a configured chat is named to the Bot API, and where its messages are read. */
class ChatAddressTests {

	@ParameterizedTest
	@CsvSource({ "@ofoqnews, @ofoqnews", "ofoqnews, @ofoqnews", "' @ofoqnews ', @ofoqnews",
			"https://t.me/ofoqnews, @ofoqnews", "t.me/ofoqnews/, @ofoqnews", "-1001234567890, -1001234567890" })
	void shouldNameTheChatAsTheBotApiDoes(String configured, String id) {
		assertThat(ChatAddress.of(configured).id()).isEqualTo(id);
	}

	@ParameterizedTest
	@CsvSource({ "@ofoqnews, '', https://t.me/ofoqnews/321", "-1001234567890, ofoqnews, https://t.me/ofoqnews/321",
			"-1001234567890, '', https://t.me/c/1234567890/321" })
	void shouldLinkToTheMessage(String chat, String username, String url) {
		assertThat(ChatAddress.of(chat).messageUrl(username, "321")).isEqualTo(url);
	}

	@ParameterizedTest
	@CsvSource({ "-4012345678", "123456" })
	void shouldLinkNowhereForAChatWithoutPublicMessageLinks(String chat) {
		assertThat(ChatAddress.of(chat).messageUrl("", "321")).isNull();
	}

}
