package nashir.account;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nashir.publish.Account;
import nashir.publish.AccountPause;
import nashir.publish.Budget;
import nashir.publish.ConnectRefused;
import nashir.publish.Network;
import nashir.publish.NetworkProfile;
import nashir.queue.AccountStatus;
import nashir.text.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/**
 * Accounts of Telegram, Mastodon and Bluesky connected in the app: the network asked first, the
 * account kept with its secrets sealed, read back as the channels read it.
 */
class NetworkAccountsTests {

	static final String BOT_TOKEN = "7311902:AAF-zq81-bot-token";

	static final String MASTODON_TOKEN = "MT-zq81-mastodon-token";

	static final String APP_PASSWORD = "zq81-app-pass-word";

	static final List<String> SECRETS = List.of(BOT_TOKEN, MASTODON_TOKEN, APP_PASSWORD);

	static final NetworkProfile CHANNEL = new NetworkProfile("-1001862", "@ofoq_news",
			"قمة “بوتين وبايدن”.. اتفاق على عودة السفراء 📰", null, "https://t.me/ofoq_news");

	static final NetworkProfile TOOT = new NetworkProfile("109862", "@ofoq@mastodon.social", "أفق Ofoq",
			"https://files.mastodon.social/ofoq.png", "https://mastodon.social/@ofoq");

	static final NetworkProfile SKY = new NetworkProfile("did:plc:ewvi7nxzyoun6zhxrhs64oiz", "ofoq.bsky.social",
			"أفق الإخبارية", null, "https://bsky.app/profile/ofoq.bsky.social");

	@TempDir
	Path dataDir;

	AccountFixture f;

	FakeConnectCheck telegram = new FakeConnectCheck(Network.TELEGRAM, CHANNEL);

	FakeConnectCheck mastodon = new FakeConnectCheck(Network.MASTODON, TOOT);

	FakeConnectCheck bluesky = new FakeConnectCheck(Network.BLUESKY, SKY);

	NetworkConnect connect;

	@BeforeEach
	void store() {
		f = new AccountFixture(AccountFixture.h2(), dataDir, null);
		connect = connect(f, telegram, mastodon, bluesky);
	}

	static NetworkConnect connect(AccountFixture f, FakeConnectCheck... checks) {
		return new NetworkConnect(List.of(checks), f.store, f.accounts, event -> f.changes.add((AccountChanged) event));
	}

	static Account telegram(String botToken, String chat) {
		return typed(Network.TELEGRAM, botToken, chat, null, null, null, null, null);
	}

	static Account typed(Network network, String botToken, String chat, String instance, String accessToken,
			String handle, String appPassword, String service) {
		return new Account(null, null, accessToken, null, false, Duration.ZERO, 0, null, Duration.ZERO, null, null,
				network, botToken, chat, instance, handle, appPassword, service);
	}

	@Test
	void shouldKeepAnAccountOfEachNetworkWithItsSecretsSealed() throws ConnectRefused {
		scenario(f);
	}

	/** Each network's account kept and read back; the PostgreSQL test runs it too. */
	static void scenario(AccountFixture f) throws ConnectRefused {
		FakeConnectCheck telegram = new FakeConnectCheck(Network.TELEGRAM, CHANNEL);
		NetworkConnect connect = connect(f, telegram, new FakeConnectCheck(Network.MASTODON, TOOT),
				new FakeConnectCheck(Network.BLUESKY, SKY));
		connect.connect("ofoq_tg", telegram(" " + BOT_TOKEN + " ", "t.me/ofoq_news"), false, "admin");
		connect.connect("ofoq_masto", typed(Network.MASTODON, null, null, "mastodon.social/", MASTODON_TOKEN, null,
				null, null), false, "admin");
		connect.connect("ofoq_bsky", typed(Network.BLUESKY, null, null, null, null, "@ofoq.bsky.social", APP_PASSWORD,
				""), false, "admin");

		assertThat(f.accounts.names()).containsExactly("main", "ofoq_bsky", "ofoq_masto", "ofoq_tg");
		Account tg = f.accounts.get("ofoq_tg");
		assertThat(tg.type()).isEqualTo(Network.TELEGRAM);
		assertThat(tg.botToken()).isEqualTo(BOT_TOKEN);
		assertThat(tg.chat()).as("as getChat names it").isEqualTo("@ofoq_news");
		assertThat(tg.sends()).isTrue();
		assertThat(telegram.asked()).singleElement().satisfies(asked -> assertThat(asked.chat()).isEqualTo("@ofoq_news"));
		Account masto = f.accounts.get("ofoq_masto");
		assertThat(masto.type()).isEqualTo(Network.MASTODON);
		assertThat(masto.instance()).isEqualTo("https://mastodon.social");
		assertThat(masto.accessToken()).isEqualTo(MASTODON_TOKEN);
		Account bsky = f.accounts.get("ofoq_bsky");
		assertThat(bsky.type()).isEqualTo(Network.BLUESKY);
		assertThat(bsky.handle()).isEqualTo("ofoq.bsky.social");
		assertThat(bsky.appPassword()).isEqualTo(APP_PASSWORD);
		assertThat(bsky.service()).as("the channel's default").isNull();
		assertThat(bsky.sendsToX()).isFalse();

		AppAccount shown = f.accounts.inApp("ofoq_tg").orElseThrow();
		assertThat(shown.type()).isEqualTo(Network.TELEGRAM);
		assertThat(shown.handle()).isEqualTo("@ofoq_news");
		assertThat(shown.link()).isEqualTo("https://t.me/ofoq_news");
		assertThat(shown.profile().name()).isEqualTo(CHANNEL.name());
		assertThat(shown.connected()).isTrue();
		assertThat(f.accounts.inApp("ofoq_masto").orElseThrow().profile().pictureUrl()).isEqualTo(TOOT.pictureUrl());
		assertThat(f.accounts.inApp("ofoq_bsky").orElseThrow().profile().userId()).isEqualTo(SKY.id());

		String stored = f.jdbc.sql("SELECT * FROM app_account").query().listOfRows().toString();
		for (String secret : SECRETS) {
			assertThat(stored).as("the database holds no secret in the clear").doesNotContain(secret.strip());
		}
		assertThat(stored).contains("@ofoq_news", "https://mastodon.social", "ofoq.bsky.social");
		assertThat(f.changes).extracting(AccountChanged::action).containsOnly("account-create");
		assertThat(f.changes.get(0)).isEqualTo(new AccountChanged("admin", "account-create", "ofoq_tg",
				Reason.of("audit.networkHandle", "telegram account @ofoq_news", "telegram", "@ofoq_news").stored()));
		assertThat(String.valueOf(f.changes) + connect.connect("ofoq_tg2", telegram(BOT_TOKEN, "@ofoq_news"), false,
				"admin")).doesNotContain(BOT_TOKEN);
	}

	@Test
	void shouldAskTheNetworkOnlyForANameThatCanBeKept() {
		f.store.saveConnection(AccountFixture.connection("ofoq_x"), "admin");
		f.changes.clear();
		refused(() -> connect.connect("أفق", telegram(BOT_TOKEN, "@ofoq_news"), false, "admin"), "connect.error.name");
		refused(() -> connect.connect("main", telegram(BOT_TOKEN, "@ofoq_news"), false, "admin"),
				"accounts.refused.configured");
		refused(() -> connect.connect("ofoq_x", telegram(BOT_TOKEN, "@ofoq_news"), false, "admin"),
				"connect.error.exists");
		refused(() -> connect.connect("ofoq_tg", telegram(BOT_TOKEN, "@ofoq_news"), true, "admin"),
				"connect.error.unknown");
		refused(() -> connect.connect("ofoq_tg", telegram(BOT_TOKEN, " "), false, "admin"), "connect.missing.telegram");
		refused(() -> connect.connect("ofoq_x", telegram(BOT_TOKEN, "@ofoq_news"), true, "admin"),
				"connect.refused.otherNetwork");
		refused(() -> connect(f).connect("ofoq_tg", telegram(BOT_TOKEN, "@ofoq_news"), false, "admin"),
				"connect.error.noCheck");

		assertThat(telegram.asked()).as("asked only for the X account's name, which the store then refused")
			.hasSize(1);
		assertThat(f.accounts.names()).containsExactly("main", "ofoq_x");
		assertThat(f.accounts.get("ofoq_x").type()).isEqualTo(Network.X);
		assertThat(f.changes).hasSize(7).extracting(AccountChanged::action).containsOnly("account-connect-refused");
		assertThat(f.changes.get(0).detail()).contains("connect.error.name");
	}

	@Test
	void shouldKeepNothingTheNetworkRefusedAndSayWhy() {
		Reason notAdmin = Reason.of("telegram.connect.notAdmin", "the bot is not an admin of @ofoq_news allowed to post",
				"@ofoq_news");
		telegram.refuse(notAdmin);
		assertThatThrownBy(() -> connect.connect("ofoq_tg", telegram(BOT_TOKEN, "@ofoq_news"), false, "layla"))
			.isInstanceOf(ConnectRefused.class)
			.satisfies(ex -> assertThat(((ConnectRefused) ex).reason()).isEqualTo(notAdmin));
		assertThat(f.jdbc.sql("SELECT COUNT(*) FROM app_account").query(Long.class).single()).isZero();
		assertThat(f.changes).containsExactly(
				new AccountChanged("layla", "account-connect-refused", "ofoq_tg", notAdmin.stored()));
	}

	@Test
	void shouldGiveNewCredentialsToAnAccountOfTheSameNetworkAndResumeIt() throws ConnectRefused {
		connect.connect("ofoq_tg", telegram(BOT_TOKEN, "@ofoq_news"), false, "admin");
		f.store.updateSettings("ofoq_tg", new AppSettings(false, Duration.ofMinutes(5), 20, null, "{title}", null),
				"admin");
		given(f.states.status("ofoq_tg")).willReturn(pausedForCredentials("ofoq_tg"));
		telegram.answer(new NetworkProfile("-1001863", "@ofoq_ar", "أفق", null, "https://t.me/ofoq_ar"));

		connect.connect("ofoq_tg", telegram("7311902:AAF-new-token", "@ofoq_ar"), true, "sami");

		Account account = f.accounts.get("ofoq_tg");
		assertThat(account.botToken()).isEqualTo("7311902:AAF-new-token");
		assertThat(account.chat()).isEqualTo("@ofoq_ar");
		assertThat(account.minInterval()).as("settings stay").isEqualTo(Duration.ofMinutes(5));
		assertThat(account.template()).isEqualTo("{title}");
		assertThat(f.accounts.inApp("ofoq_tg").orElseThrow().link()).isEqualTo("https://t.me/ofoq_ar");
		then(f.states).should().resume("ofoq_tg");
		assertThat(f.changes).extracting(AccountChanged::action)
			.containsExactly("account-create", "account-settings", "account-reconnect");
		assertThatThrownBy(() -> connect.connect("ofoq_tg", typed(Network.MASTODON, null, null, "mastodon.social",
				MASTODON_TOKEN, null, null, null), true, "sami"))
			.isInstanceOf(ConnectRefused.class)
			.satisfies(ex -> assertThat(((ConnectRefused) ex).reason().key()).isEqualTo("connect.refused.otherNetwork"));
		assertThatThrownBy(() -> f.store.saveConnection(AccountFixture.connection("ofoq_tg"), "sami"))
			.as("a sign-in with X does not turn it into an X account")
			.isInstanceOf(AccountRefused.class);
		assertThat(f.accounts.get("ofoq_tg").type()).isEqualTo(Network.TELEGRAM);
		assertThat(f.accounts.get("ofoq_tg").consumerKey()).isNull();
	}

	@Test
	void shouldLinkToNoPageANetworkGaveInAnotherScheme() throws ConnectRefused {
		telegram.answer(new NetworkProfile("-1001862", "@ofoq_news", "أفق", "javascript:alert(1)", "javascript:alert(2)"));
		connect.connect("ofoq_tg", telegram(BOT_TOKEN, "-1001862"), false, "admin");
		AppAccount shown = f.accounts.inApp("ofoq_tg").orElseThrow();
		assertThat(shown.link()).isNull();
		assertThat(shown.profile().pictureUrl()).isNull();
		assertThat(f.accounts.get("ofoq_tg").chat()).as("a numeric id stays as it is").isEqualTo("-1001862");
	}

	@Test
	void shouldLetTheConfigurationWinAClashWithAnAccountOfAnotherNetwork() throws ConnectRefused {
		connect.connect("ofoq_tg", telegram(BOT_TOKEN, "@ofoq_news"), false, "admin");
		// The configuration gains an account of that name while the app's is there (as after a restart with it).
		f.jdbc.sql("UPDATE app_account SET name = 'main' WHERE name = 'ofoq_tg'").update();
		f.accounts.changed();
		assertThat(f.accounts.names()).containsExactly("main");
		assertThat(f.accounts.get("main").type()).as("the configuration's main").isEqualTo(Network.X);
		assertThat(f.accounts.get("main").botToken()).isNull();
		assertThat(f.accounts.origin("main")).contains(AllAccounts.Origin.CONFIGURATION);
	}

	@Test
	void shouldKeepXAccountsAsTheyWere() {
		f.store.saveConnection(AccountFixture.connection("ofoq_x"), "admin");
		AppAccount x = f.accounts.inApp("ofoq_x").orElseThrow();
		assertThat(x.type()).isEqualTo(Network.X);
		assertThat(x.handle()).isEqualTo("@ofoq_news");
		assertThat(x.link()).isEqualTo("https://x.com/ofoq_news");
		assertThat(f.accounts.get("ofoq_x").sendsToX()).isTrue();
	}

	private void refused(Attempt attempt, String key) {
		assertThatThrownBy(attempt::run).isInstanceOf(ConnectRefused.class)
			.satisfies(ex -> assertThat(((ConnectRefused) ex).reason().key()).isEqualTo(key))
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain(BOT_TOKEN));
	}

	private interface Attempt {

		void run() throws ConnectRefused;

	}

	private static AccountStatus pausedForCredentials(String name) {
		return new AccountStatus(name, AccountStatus.State.PAUSED, false,
				new AccountPause(AccountPause.Kind.CREDENTIALS, Reason.of("telegram.error.forbidden", "403")),
				Instant.now(), null, null, null, null, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
				Budget.NONE, null);
	}

}
