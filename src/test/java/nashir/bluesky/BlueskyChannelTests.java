package nashir.bluesky;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;

import nashir.FakeBluesky;
import nashir.net.NetConfiguration;
import nashir.publish.AccountSettings;
import nashir.publish.ConfiguredAccounts;
import nashir.publish.Network;
import nashir.publish.OutgoingPost;
import nashir.publish.PublishOutcome.Published;
import nashir.publish.Publishers;
import nashir.publish.XApiSettings;
import nashir.publish.XChannel;

import static nashir.bluesky.TestBluesky.HANDLE;
import static org.assertj.core.api.Assertions.assertThat;

/** A Bluesky account of the configuration gets the Bluesky channel's publisher and length rule. */
class BlueskyChannelTests {

	private FakeBluesky pds;

	@BeforeEach
	void start() throws Exception {
		this.pds = new FakeBluesky(HANDLE, TestBluesky.APP_PASSWORD, Duration.ZERO);
	}

	@AfterEach
	void stop() {
		this.pds.close();
	}

	@Test
	void shouldBeBuiltBySpringFromProperties() {
		new ApplicationContextRunner().withUserConfiguration(PublishConfiguration.class, NetConfiguration.class)
			.withPropertyValues("nashir.accounts.b.type=bluesky", "nashir.accounts.b.handle=" + HANDLE,
					"nashir.accounts.b.app-password=" + TestBluesky.APP_PASSWORD,
					"nashir.accounts.b.service=" + this.pds.baseUrl(), "nashir.bluesky.request-timeout=5s")
			.run((context) -> {
				Publishers publishers = context.getBean(Publishers.class);
				assertThat(publishers.network("b")).isEqualTo(Network.BLUESKY);
				assertThat(publishers.isDryRun("b")).isFalse();
				assertThat(publishers.lengthRule("b").measure("👨‍👩‍👧‍👦").length()).isEqualTo(1);
				assertThat(context.getBean(BlueskySettings.class).requestTimeout()).isEqualTo(Duration.ofSeconds(5));
				assertThat(publishers.forAccount("b").publish(new OutgoingPost("b", TestBluesky.HEADLINE, null, null,
						TestBluesky.KEY, null, null)))
					.isInstanceOfSatisfying(Published.class,
							(published) -> assertThat(published.tweetId()).isEqualTo(TestBluesky.RKEY));
				assertThat(this.pds.accepted()).containsEntry(TestBluesky.HEADLINE, 1);
			});
	}

	@Test
	void shouldCountByBlueskysRuleAndChargeNothing() {
		BlueskyChannel channel = TestBluesky.channel();

		assertThat(channel.network()).isEqualTo(Network.BLUESKY);
		assertThat(channel.network().charges()).isFalse();
		assertThat(channel.lengthRule(TestBluesky.account(null)).measure(TestBluesky.HEADLINE).max()).isEqualTo(300);
	}

	/** Not a @Configuration: the application's component scan must not find it in end-to-end tests. */
	@EnableConfigurationProperties({ AccountSettings.class, XApiSettings.class, BlueskySettings.class })
	@Import({ ConfiguredAccounts.class, XChannel.class, BlueskyChannel.class, Publishers.class })
	static class PublishConfiguration {

	}

}
