package nashir.mastodon;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;

import nashir.FakeMastodon;
import nashir.net.NetConfiguration;
import nashir.publish.AccountSettings;
import nashir.publish.ConfiguredAccounts;
import nashir.publish.Network;
import nashir.publish.OutgoingPost;
import nashir.publish.OutgoingPost.PostKey;
import nashir.publish.PublishOutcome;
import nashir.publish.PublishOutcome.Published;
import nashir.publish.Publishers;
import nashir.publish.XApiSettings;
import nashir.publish.XChannel;

import static nashir.mastodon.MastodonAccounts.TEXT;
import static nashir.mastodon.MastodonAccounts.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** A Mastodon account in the configuration gets this channel's publisher and rule from {@link Publishers}. */
class MastodonChannelSpringTests {

	@Test
	void shouldBeBuiltBySpringFromProperties() throws Exception {
		try (FakeMastodon mastodon = new FakeMastodon(TOKEN).maxCharacters(1000)) {
			new ApplicationContextRunner().withUserConfiguration(ChannelsConfiguration.class, NetConfiguration.class)
				.withPropertyValues("nashir.accounts.m.type=mastodon", "nashir.accounts.m.instance=" + mastodon.baseUrl(),
						"nashir.accounts.m.access-token=" + TOKEN, "nashir.mastodon.request-timeout=5s")
				.run((context) -> {
					Publishers publishers = context.getBean(Publishers.class);
					assertThat(publishers.network("m")).isEqualTo(Network.MASTODON);
					assertThat(publishers.isDryRun("m")).isFalse();
					assertThat(publishers.lengthRule("m").measure(TEXT).max()).isEqualTo(1000);
					assertThat(context.getBean(MastodonSettings.class).requestTimeout()).hasSeconds(5);

					PublishOutcome outcome = publishers.forAccount("m")
						.publish(new OutgoingPost("m", TEXT, null, null,
								new PostKey(7, Instant.parse("2026-12-02T10:00:00Z")), null, null));

					assertThat(outcome).isInstanceOf(Published.class);
					assertThat(mastodon.accepted()).isEqualTo(Map.of(TEXT, 1));
					MastodonAccounts.assertNoToken(outcome);
					MastodonAccounts.assertNoToken(publishers.forAccount("m"));
				});
		}
	}

	/** Not a @Configuration: the application's component scan must not find it in end-to-end tests. */
	@EnableConfigurationProperties({ AccountSettings.class, XApiSettings.class, MastodonSettings.class })
	@Import({ ConfiguredAccounts.class, XChannel.class, MastodonChannel.class, Publishers.class })
	static class ChannelsConfiguration {

	}

}
