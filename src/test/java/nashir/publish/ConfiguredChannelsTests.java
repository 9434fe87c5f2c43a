package nashir.publish;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConfiguredChannelsTests {

	@Test
	void shouldKnowEachConfiguredAccountsNetworkFromTheConfiguration() {
		// beside config/application.yml's main, as an operator's environment or command line adds one
		System.setProperty("nashir.accounts.ofoq_masto.type", "mastodon");
		try {
			assertThat(ConfiguredChannels.with((configured) -> configured.network("ofoq_masto") == Network.MASTODON
					&& configured.network("main") == Network.X && configured.accounts().contains("main")
					&& configured.lengthRule("main").measure("قمة “بوتين وبايدن”").max() == 280 ? 1 : 0))
				.isEqualTo(1);
		}
		finally {
			System.clearProperty("nashir.accounts.ofoq_masto.type");
		}
	}

}
