package nashir.account;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import javax.sql.DataSource;

import nashir.publish.Account;
import nashir.publish.AccountSettings;
import nashir.publish.AccountPause;
import nashir.publish.Budget;
import nashir.publish.ConfiguredAccounts;
import nashir.publish.QuietHours;
import nashir.queue.AccountStatus;
import nashir.text.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/** Accounts added in the app, beside the configuration's: sealed secrets, settings, clashes, audit events. */
class AppAccountsTests {

	@TempDir
	Path dataDir;

	@Test
	void shouldKeepAConnectedAccountWithItsSecretsSealed() {
		scenario(new AccountFixture(AccountFixture.h2(), dataDir, null));
	}

	/** The whole life of an app account; the PostgreSQL test runs it too. */
	static void scenario(AccountFixture f) {
		f.store.saveConnection(AccountFixture.connection("ofoq"), "admin");

		assertThat(f.accounts.names()).containsExactly("main", "ofoq");
		Account ofoq = f.accounts.get("ofoq");
		assertThat(ofoq.sendsToX()).isTrue();
		assertThat(ofoq.accessTokenSecret()).isEqualTo(AccountFixture.ACCESS_SECRET);
		assertThat(f.accounts.origin("ofoq")).contains(AllAccounts.Origin.APP);
		assertThat(f.accounts.origin("main")).contains(AllAccounts.Origin.CONFIGURATION);
		assertThat(f.accounts.inApp("ofoq").orElseThrow().profile().name()).isEqualTo("أفق الإخبارية");
		assertThat(f.accounts.inApp("main")).isEmpty();

		String stored = f.jdbc.sql("SELECT * FROM app_account").query().listOfRows().toString()
				+ f.jdbc.sql("SELECT * FROM account_secret").query().listOfRows();
		for (String secret : AccountFixture.SECRETS) {
			assertThat(stored).as("the database holds no secret in the clear").doesNotContain(secret);
		}
		assertThat(f.changes).containsExactly(new AccountChanged("admin", "account-create", "ofoq",
				Reason.of("audit.accountHandle", "X account @ofoq_news", "@ofoq_news").stored()));

		AppSettings settings = new AppSettings(true, Duration.ofMinutes(10), 40,
				QuietHours.parse("23:00-06:00 Asia/Aden"), "{title}\n{link}",
				new Budget(new BigDecimal("2.5"), new BigDecimal("60")));
		f.store.updateSettings("ofoq", settings, "layla");
		Account changed = f.accounts.get("ofoq");
		assertThat(changed.dryRun()).isTrue();
		assertThat(changed.minInterval()).isEqualTo(Duration.ofMinutes(10));
		assertThat(changed.dailyCap()).isEqualTo(40);
		assertThat(changed.quietHours()).isEqualTo(settings.quietHours());
		assertThat(changed.budget().daily()).isEqualByComparingTo("2.5");
		assertThat(changed.budget().monthly()).isEqualByComparingTo("60");
		assertThat(f.store.all().get(0).settings().defaultTemplate()).isEqualTo("{title}\n{link}");
		assertThat(f.changes.get(1).action()).isEqualTo("account-settings");
		assertThat(f.changes.get(1).detail()).contains("min-interval=600s").contains("daily-cap=40");

		f.store.delete("ofoq", "admin");
		assertThat(f.accounts.names()).containsExactly("main");
		assertThat(f.changes.get(2)).isEqualTo(new AccountChanged("admin", "account-delete", "ofoq", null));
	}

	@Test
	void shouldRefuseANameTheConfigurationHas() {
		AccountFixture f = new AccountFixture(AccountFixture.h2(), dataDir, null);
		assertThatThrownBy(() -> f.store.saveConnection(AccountFixture.connection("main"), "admin"))
			.isInstanceOf(AccountRefused.class)
			.satisfies(ex -> assertThat(((AccountRefused) ex).reason().key()).isEqualTo("accounts.refused.configured"));
		assertThatThrownBy(() -> f.store.updateSettings("main", AppSettings.DEFAULTS, "admin"))
			.isInstanceOf(AccountRefused.class);
		assertThatThrownBy(() -> f.store.delete("main", "admin")).isInstanceOf(AccountRefused.class);
		assertThatThrownBy(() -> f.store.saveConnection(AccountFixture.connection("أفق"), "admin"))
			.as("names are what schedule files write").isInstanceOf(AccountRefused.class);
		assertThatThrownBy(() -> f.store.saveConnection(new XConnection("ofoq", null, "at", "as", null), "admin"))
			.as("credentials without the app they belong to").isInstanceOf(AccountRefused.class);
		assertThat(f.changes).isEmpty();
	}

	@Test
	void shouldLetTheConfigurationWinAClashMadeLater() {
		AccountFixture f = new AccountFixture(AccountFixture.h2(), dataDir, null);
		f.store.saveConnection(AccountFixture.connection("ofoq"), "admin");
		// The configuration gains an account "ofoq" while the app's is there (as after a restart with it).
		f.jdbc.sql("UPDATE app_account SET name = 'main' WHERE name = 'ofoq'").update();
		f.accounts.changed();
		assertThat(f.accounts.names()).containsExactly("main");
		assertThat(f.accounts.get("main").hasCredentials()).as("the configuration's main").isFalse();
		assertThat(f.accounts.origin("main")).contains(AllAccounts.Origin.CONFIGURATION);
	}

	@Test
	void shouldSeeAnotherNodesChangesWithinTheRefresh() throws InterruptedException {
		DataSource data = AccountFixture.h2();
		AccountFixture node1 = new AccountFixture(data, dataDir, null);
		AccountFixture node2 = new AccountFixture(data, dataDir, null);
		AllAccounts seen = new AllAccounts(
				new ConfiguredAccounts(new AccountSettings(Map.of())),
				node2.table, Duration.ofMillis(200));
		assertThat(seen.names()).isEmpty();
		node1.store.saveConnection(AccountFixture.connection("ofoq"), "admin");
		Thread.sleep(250);
		assertThat(seen.names()).containsExactly("ofoq");
		assertThat(seen.get("ofoq").accessToken()).isEqualTo(AccountFixture.ACCESS_TOKEN);
	}

	@Test
	void shouldGiveAReconnectedAccountNewCredentialsAndResumeIt() {
		AccountFixture f = new AccountFixture(AccountFixture.h2(), dataDir, null);
		f.store.saveConnection(AccountFixture.connection("ofoq"), "admin");
		f.store.updateSettings("ofoq", new AppSettings(false, Duration.ofMinutes(5), 0, null, null, null), "admin");
		given(f.states.status("ofoq")).willReturn(paused(AccountPause.Kind.CREDENTIALS));

		f.store.saveConnection(new XConnection("ofoq", new XApp("CK2", "CS2"), "AT2", "AS2",
				new XProfile("1862", "ofoq_ar", "أفق", null)), "sami");
		Account account = f.accounts.get("ofoq");
		assertThat(account.accessToken()).isEqualTo("AT2");
		assertThat(account.minInterval()).as("settings stay").isEqualTo(Duration.ofMinutes(5));
		assertThat(f.accounts.inApp("ofoq").orElseThrow().profile().handle()).isEqualTo("ofoq_ar");
		then(f.states).should().resume("ofoq");
		assertThat(f.changes).extracting(AccountChanged::action)
			.containsExactly("account-create", "account-settings", "account-reconnect");
	}

	@Test
	void shouldLeaveAPauseForCreditsToTheProbe() {
		AccountFixture f = new AccountFixture(AccountFixture.h2(), dataDir, null);
		f.store.saveConnection(AccountFixture.connection("ofoq"), "admin");
		given(f.states.status("ofoq")).willReturn(paused(AccountPause.Kind.CREDITS));
		f.store.saveConnection(AccountFixture.connection("ofoq"), "admin");
		then(f.states).should(never()).resume("ofoq");
	}

	@Test
	void shouldPreferTheSavedXAppOverTheConfiguredOne() {
		DataSource data = AccountFixture.h2();
		AccountFixture none = new AccountFixture(data, dataDir, null);
		assertThat(none.store.xApp()).isEmpty();
		assertThat(none.store.xAppOrigin()).isEqualTo("none");

		AccountFixture f = new AccountFixture(data, dataDir, "configured-secret");
		assertThat(f.store.xApp()).contains(new XApp("configured-key", "configured-secret"));
		assertThat(f.store.xAppOrigin()).isEqualTo("configured");
		f.store.saveXApp(new XApp(" " + AccountFixture.CONSUMER_KEY + " ", AccountFixture.CONSUMER_SECRET), "admin");
		assertThat(f.store.xApp()).contains(new XApp(AccountFixture.CONSUMER_KEY, AccountFixture.CONSUMER_SECRET));
		assertThat(f.store.xAppOrigin()).isEqualTo("saved");
		assertThat(f.changes).containsExactly(new AccountChanged("admin", "x-app-save", null, null));
		assertThat(f.store.xApp().orElseThrow().toString()).doesNotContain(AccountFixture.CONSUMER_SECRET);
		assertThatThrownBy(() -> f.store.saveXApp(new XApp("key", " "), "admin")).isInstanceOf(AccountRefused.class);
	}

	@Test
	void shouldRefuseAWrongKeyAtStartOnceASecretIsSealed() {
		DataSource data = AccountFixture.h2();
		AccountFixture f = new AccountFixture(data, dataDir, null);
		f.store.saveConnection(AccountFixture.connection("ofoq"), "admin");
		String wrong = Base64.getEncoder().encodeToString(SecretBoxTests.key(9));
		assertThatThrownBy(() -> AccountConfiguration.open(f.jdbc, wrong, dataDir))
			.isInstanceOf(SecretKeyRefused.class)
			.hasMessageContaining("NASHIR_SECRET_KEY")
			.hasMessageNotContaining(wrong);
		assertThat(AccountConfiguration.open(f.jdbc, "", dataDir).open(
				f.jdbc.sql("SELECT access_token FROM app_account").query(String.class).single()))
			.as("the right key still opens them").isEqualTo(AccountFixture.ACCESS_TOKEN);
	}

	@Test
	void shouldNeedNoKeyCheckBeforeTheFirstSecret() {
		DataSource data = AccountFixture.h2();
		new AccountFixture(data, dataDir, null);
		String other = Base64.getEncoder().encodeToString(SecretBoxTests.key(9));
		assertThat(AccountConfiguration.open(JdbcClient.create(data), other,
				dataDir)).as("a cluster that keeps no secret needs no shared key").isNotNull();
	}

	private static AccountStatus paused(AccountPause.Kind kind) {
		return new AccountStatus("ofoq", AccountStatus.State.PAUSED, false,
				new AccountPause(kind, Reason.of("publish.error.credentials", "X refused the credentials")),
				Instant.now(), null, null, null, null, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, Budget.NONE, null);
	}

}
