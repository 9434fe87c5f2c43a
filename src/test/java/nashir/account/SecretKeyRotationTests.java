package nashir.account;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import javax.sql.DataSource;

import nashir.publish.Network;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code rotate-secret-key}'s work: every secret sealed again under the new key, or none. */
class SecretKeyRotationTests {

	static final String NEW_KEY = Base64.getEncoder().encodeToString(SecretBoxTests.key(7));

	@TempDir
	Path dataDir;

	@Test
	void shouldSealEverySecretUnderTheNewKeyAndKeepItInTheKeyFile() throws Exception {
		DataSource data = AccountFixture.h2();
		AccountFixture before = new AccountFixture(data, dataDir, null);
		before.store.saveConnection(AccountFixture.connection("ofoq"), "admin");
		before.store.saveXApp(new XApp(AccountFixture.CONSUMER_KEY, AccountFixture.CONSUMER_SECRET), "admin");
		String oldKey = Files.readString(dataDir.resolve("secret.key")).strip();

		String said = SecretKeyRotation.rotate(before.jdbc, new DataSourceTransactionManager(data), "", dataDir, NEW_KEY);

		assertThat(said).startsWith("7 secrets sealed").contains(dataDir.resolve("secret.key").toString());
		Path file = dataDir.resolve("secret.key");
		assertThat(Files.readString(file).strip()).isEqualTo(NEW_KEY);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		AccountFixture after = new AccountFixture(data, dataDir, null);
		assertThat(after.accounts.get("ofoq").accessTokenSecret()).isEqualTo(AccountFixture.ACCESS_SECRET);
		assertThat(after.store.xApp()).contains(new XApp(AccountFixture.CONSUMER_KEY, AccountFixture.CONSUMER_SECRET));
		assertThatThrownBy(() -> AccountConfiguration.open(after.jdbc, oldKey, dataDir))
			.as("the old key no longer opens them").isInstanceOf(SecretKeyRefused.class);
	}

	@Test
	void shouldSealTheOtherNetworksSecretsUnderTheNewKeyToo() throws Exception {
		DataSource data = AccountFixture.h2();
		AccountFixture before = new AccountFixture(data, dataDir, null);
		NetworkConnect connect = NetworkAccountsTests.connect(before,
				new FakeConnectCheck(Network.TELEGRAM, NetworkAccountsTests.CHANNEL),
				new FakeConnectCheck(Network.MASTODON, NetworkAccountsTests.TOOT),
				new FakeConnectCheck(Network.BLUESKY, NetworkAccountsTests.SKY));
		connect.connect("ofoq_tg", NetworkAccountsTests.telegram(NetworkAccountsTests.BOT_TOKEN, "@ofoq_news"), false,
				"admin");
		connect.connect("ofoq_masto", NetworkAccountsTests.typed(Network.MASTODON, null, null, "https://mastodon.social",
				NetworkAccountsTests.MASTODON_TOKEN, null, null, null), false, "admin");
		connect.connect("ofoq_bsky", NetworkAccountsTests.typed(Network.BLUESKY, null, null, null, null,
				"ofoq.bsky.social", NetworkAccountsTests.APP_PASSWORD, null), false, "admin");

		String said = SecretKeyRotation.rotate(before.jdbc, new DataSourceTransactionManager(data), "", dataDir, NEW_KEY);

		assertThat(said).as("a bot token, an access token, an app password and the key check").startsWith("4 secrets");
		AccountFixture after = new AccountFixture(data, dataDir, null);
		assertThat(after.accounts.get("ofoq_tg").botToken()).isEqualTo(NetworkAccountsTests.BOT_TOKEN);
		assertThat(after.accounts.get("ofoq_masto").accessToken()).isEqualTo(NetworkAccountsTests.MASTODON_TOKEN);
		assertThat(after.accounts.get("ofoq_bsky").appPassword()).isEqualTo(NetworkAccountsTests.APP_PASSWORD);
	}

	@Test
	void shouldChangeNothingWithoutTheCurrentKey() {
		DataSource data = AccountFixture.h2();
		AccountFixture f = new AccountFixture(data, dataDir, null);
		f.store.saveConnection(AccountFixture.connection("ofoq"), "admin");
		String sealed = f.jdbc.sql("SELECT access_token FROM app_account").query(String.class).single();
		String wrong = Base64.getEncoder().encodeToString(SecretBoxTests.key(8));

		assertThatThrownBy(() -> SecretKeyRotation.rotate(f.jdbc, new DataSourceTransactionManager(data), wrong,
				dataDir, NEW_KEY)).isInstanceOf(SecretKeyRefused.class);
		assertThatThrownBy(() -> SecretKeyRotation.rotate(f.jdbc, new DataSourceTransactionManager(data), "",
				dataDir, "short")).isInstanceOf(SecretKeyRefused.class).hasMessageContaining("NASHIR_NEW_SECRET_KEY");
		assertThat(f.jdbc.sql("SELECT access_token FROM app_account").query(String.class).single()).isEqualTo(sealed);
	}

}
