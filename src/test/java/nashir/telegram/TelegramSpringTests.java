package nashir.telegram;

import java.io.IOException;

import nashir.FakeTelegram;
import nashir.net.NetConfiguration;
import nashir.publish.AccountSettings;
import nashir.publish.ConfiguredAccounts;
import nashir.publish.OutgoingPost;
import nashir.publish.PublishOutcome.Published;
import nashir.publish.Publishers;
import nashir.publish.XApiSettings;
import nashir.publish.XChannel;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;

import static nashir.telegram.TelegramAccounts.HEADLINE;
import static org.assertj.core.api.Assertions.assertThat;

/** A {@code type: telegram} account in the configuration gets the Telegram publisher, which posts to its channel. */
class TelegramSpringTests {

	@Test
	void shouldPublishAConfiguredTelegramAccountToItsChannel() throws IOException {
		try (FakeTelegram telegram = new FakeTelegram()) {
			new ApplicationContextRunner().withUserConfiguration(PublishConfiguration.class, NetConfiguration.class)
				.withPropertyValues("nashir.telegram.api-base-url=" + telegram.baseUrl(),
						"nashir.accounts.tg.type=telegram", "nashir.accounts.tg.bot-token=" + FakeTelegram.TOKEN,
						"nashir.accounts.tg.chat=" + FakeTelegram.CHANNEL)
				.run((context) -> {
					Publishers publishers = context.getBean(Publishers.class);
					assertThat(publishers.forAccount("tg")).isInstanceOf(TelegramPublisher.class);
					assertThat(publishers.lengthRule("tg").measure(HEADLINE).max()).isEqualTo(4096);

					assertThat(publishers.forAccount("tg").publish(new OutgoingPost("tg", HEADLINE, null, null)))
						.isInstanceOfSatisfying(Published.class, (published) -> {
							assertThat(published.dryRun()).isFalse();
							assertThat(published.url()).startsWith("https://t.me/ofoqnews/");
						});
					assertThat(telegram.accepted()).containsEntry(HEADLINE, 1);
				});
		}
	}

	/** Not a @Configuration: the application's component scan must not find it in end-to-end tests. */
	@EnableConfigurationProperties({ AccountSettings.class, XApiSettings.class, TelegramSettings.class })
	@Import({ ConfiguredAccounts.class, XChannel.class, TelegramChannel.class, Publishers.class })
	static class PublishConfiguration {

	}

}
