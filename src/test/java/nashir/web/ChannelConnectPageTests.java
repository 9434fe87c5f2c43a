package nashir.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import nashir.account.AllAccounts;
import nashir.account.AppAccount;
import nashir.account.AppSettings;
import nashir.account.FakeConnectCheck;
import nashir.account.NetworkConnection;
import nashir.account.XProfile;
import nashir.publish.Account;
import nashir.publish.Budget;
import nashir.publish.Network;
import nashir.queue.AccountStatus;
import nashir.text.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Connecting Telegram, Mastodon and Bluesky accounts on {@code /accounts} (admins only): the
 * network's check (a stand-in here) runs first, its refusal is shown in the form, and no page ever
 * shows a secret typed into it.
 */
class ChannelConnectPageTests extends WebSlice {

	static final String BOT_TOKEN = "7311902:AAF-uv42-bot-token";

	static final String APP_PASSWORD = "uv42-app-pass-word";

	@Autowired
	FakeConnectCheck telegramCheck;

	@Autowired
	FakeConnectCheck blueskyCheck;

	@BeforeEach
	void networksAnswering() {
		telegramCheck.reset();
		blueskyCheck.reset();
	}

	@Test
	void shouldConnectATelegramChannelOnceTelegramSaidTheBotMayPost() throws Exception {
		mvc.perform(post("/accounts/connect/telegram").param("name", "ofoq_tg")
			.param("botToken", BOT_TOKEN)
			.param("chat", "ofoq_news")
			.with(user("admin").roles("ADMIN"))
			.with(csrf()))
			.andExpect(redirectedUrl("/accounts"))
			.andExpect(flash().attribute("channelConnected", Reason.of("connect.done",
					"the telegram account ofoq_tg is connected: @ofoq_news", "telegram", "ofoq_tg", "@ofoq_news")
				.stored()));

		assertThat(telegramCheck.asked()).singleElement().satisfies(asked -> {
			assertThat(asked.botToken()).isEqualTo(BOT_TOKEN);
			assertThat(asked.chat()).isEqualTo("@ofoq_news");
		});
		then(appAccounts).should()
			.saveNetworkConnection(argThat((NetworkConnection kept) -> kept.account().equals("ofoq_tg")
					&& kept.credentials().botToken().equals(BOT_TOKEN)
					&& kept.profile().handle().equals("@ofoq_news")), eq("admin"));

		mvc.perform(get("/accounts").with(user("admin").roles("ADMIN")).flashAttr("channelConnected",
				Reason.of("connect.done", "connected", "telegram", "ofoq_tg", "@ofoq_news").stored()))
			.andExpect(content().string(containsString("رُبط حساب تيليغرام ofoq_tg: @ofoq_news")));
	}

	@Test
	void shouldShowTheNetworksRefusalInTheFormWithTheFieldsButNoSecret() throws Exception {
		telegramCheck.refuse(Reason.of("telegram.connect.notAdmin",
				"Add the bot @ofoq_bot as an admin of @ofoq_news allowed to post messages", "@ofoq_bot", "@ofoq_news"));

		String page = mvc.perform(post("/accounts/connect/telegram").param("name", "ofoq_tg")
			.param("botToken", BOT_TOKEN)
			.param("chat", "@ofoq_news")
			.with(user("admin").roles("ADMIN"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"ar\" dir=\"rtl\">"),
					containsString("أضف البوت @ofoq_bot مشرفًا على @ofoq_news له صلاحية نشر الرسائل"),
					containsString("value=\"ofoq_tg\""), containsString("value=\"@ofoq_news\""),
					containsString("name=\"botToken\""))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain(BOT_TOKEN).doesNotContain("7311902");
		then(appAccounts).should(never()).saveNetworkConnection(any(), any());

		mvc.perform(post("/accounts/connect/bluesky").param("name", "أفق")
			.param("handle", "ofoq.bsky.social")
			.param("appPassword", APP_PASSWORD)
			.param("lang", "en")
			.with(user("admin").roles("ADMIN"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("An account name is 1 to 40 Latin letters"),
					containsString("value=\"ofoq.bsky.social\""), not(containsString(APP_PASSWORD)))));
		assertThat(blueskyCheck.asked()).as("a name that cannot be kept is refused before the network is asked")
			.isEmpty();
	}

	@Test
	void shouldLetOnlyAdminsConnectAndOnlyWithTheFormsToken() throws Exception {
		mvc.perform(get("/accounts/connect/telegram").with(user("nour").roles("EDITOR"))).andExpect(status().isForbidden());
		mvc.perform(post("/accounts/connect/telegram").param("name", "ofoq_tg")
			.param("botToken", BOT_TOKEN)
			.param("chat", "@ofoq_news")
			.with(user("nour").roles("EDITOR"))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/accounts/connect/telegram").param("name", "ofoq_tg")
			.param("botToken", BOT_TOKEN)
			.param("chat", "@ofoq_news")
			.with(user("admin").roles("ADMIN"))).andExpect(status().isForbidden());
		assertThat(telegramCheck.asked()).isEmpty();
		then(appAccounts).should(never()).saveNetworkConnection(any(), any());
	}

	@Test
	void shouldOfferEachNetworksFormAndNoneForX() throws Exception {
		mvc.perform(get("/accounts").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(allOf(containsString("href=\"/accounts/connect/telegram\""),
					containsString("href=\"/accounts/connect/mastodon\""),
					containsString("href=\"/accounts/connect/bluesky\""), containsString("اربط تيليغرام"))));
		mvc.perform(get("/accounts/connect/mastodon").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("ربط حساب على ماستودون"),
					containsString("action=\"/accounts/connect/mastodon\""), containsString("name=\"instance\""),
					containsString("type=\"password\" name=\"accessToken\""), not(containsString("name=\"botToken\"")))));
		mvc.perform(get("/accounts/connect/bluesky").with(user("admin").roles("ADMIN")).param("lang", "en"))
			.andExpect(content().string(allOf(containsString("Connect a Bluesky account"),
					containsString("name=\"handle\""), containsString("type=\"password\" name=\"appPassword\""),
					containsString("name=\"service\""))));
		mvc.perform(get("/accounts/connect/x").with(user("admin").roles("ADMIN"))).andExpect(status().isNotFound());
		mvc.perform(get("/accounts/connect/myspace").with(user("admin").roles("ADMIN")))
			.andExpect(status().isNotFound());
	}

	@Test
	void shouldListEachAccountsNetworkAndHandleLinkedToItsPage() throws Exception {
		twoAppAccounts();
		String page = mvc.perform(get("/accounts").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("network-telegram\">تيليغرام</span>"),
					containsString("network-bluesky\">بلوسكاي</span>"), containsString("network-x\">X</span>"),
					containsString("href=\"https://t.me/ofoq_news\">@ofoq_news</a>"),
					containsString("href=\"https://bsky.app/profile/ofoq.bsky.social\">ofoq.bsky.social</a>"),
					containsString("href=\"/accounts/connect/telegram/ofoq_tg\""),
					containsString("href=\"/accounts/connect/bluesky/ofoq_bsky\""))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain(BOT_TOKEN).doesNotContain(APP_PASSWORD);

		String json = mvc.perform(get("/api/accounts").with(user("viewer").roles("VIEWER")))
			.andExpect(jsonPath("$[0].account").value("main"))
			.andExpect(jsonPath("$[0].type").value("x"))
			.andExpect(jsonPath("$[1].type").value("bluesky"))
			.andExpect(jsonPath("$[2].type").value("telegram"))
			.andExpect(jsonPath("$[2].profile.handle").value("@ofoq_news"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).doesNotContain(BOT_TOKEN).doesNotContain(APP_PASSWORD);
	}

	@Test
	void shouldGiveAnAppAccountOfTheNetworkNewCredentials() throws Exception {
		twoAppAccounts();
		mvc.perform(get("/accounts/connect/telegram/ofoq_tg").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("مفاتيح جديدة للحساب ofoq_tg"),
					containsString("action=\"/accounts/connect/telegram/ofoq_tg\""), containsString("readonly"),
					containsString("value=\"@ofoq_news\""), not(containsString(BOT_TOKEN)))));
		mvc.perform(get("/accounts/connect/mastodon/ofoq_tg").with(user("admin").roles("ADMIN")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/accounts/connect/telegram/main").with(user("admin").roles("ADMIN")))
			.andExpect(status().isNotFound());

		mvc.perform(post("/accounts/connect/telegram/ofoq_tg").param("name", "other")
			.param("botToken", "7311902:AAF-new-token")
			.param("chat", "@ofoq_news")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).andExpect(redirectedUrl("/accounts"));
		then(appAccounts).should()
			.saveNetworkConnection(argThat((NetworkConnection kept) -> kept.account().equals("ofoq_tg")
					&& kept.credentials().botToken().equals("7311902:AAF-new-token")), eq("admin"));
	}

	private void twoAppAccounts() {
		given(accountDirectory.names()).willReturn(new TreeSet<>(List.of("main", "ofoq_bsky", "ofoq_tg")));
		Account main = new Account(null, null, null, null, true, Duration.ZERO, 0, null, Duration.ofMinutes(15), null,
				null);
		Account tg = new Account(null, null, null, null, false, Duration.ZERO, 0, null, Duration.ofMinutes(15), null,
				null, Network.TELEGRAM, BOT_TOKEN, "@ofoq_news", null, null, null, null);
		Account bsky = new Account(null, null, null, null, false, Duration.ZERO, 0, null, Duration.ofMinutes(15), null,
				null, Network.BLUESKY, null, null, null, "ofoq.bsky.social", APP_PASSWORD, null);
		given(accountDirectory.get("main")).willReturn(main);
		given(accountDirectory.find("main")).willReturn(Optional.of(main));
		given(accountDirectory.origin("main")).willReturn(Optional.of(AllAccounts.Origin.CONFIGURATION));
		given(accountDirectory.inApp("main")).willReturn(Optional.empty());
		appAccount("ofoq_tg", tg, new AppAccount("ofoq_tg", Network.TELEGRAM,
				new XProfile("-1001862", "@ofoq_news", "أفق الإخبارية", null), "https://t.me/ofoq_news",
				AppSettings.DEFAULTS, true, NOW, "admin", NOW, "admin"));
		appAccount("ofoq_bsky", bsky, new AppAccount("ofoq_bsky", Network.BLUESKY,
				new XProfile("did:plc:ewvi7nxzyoun6zhxrhs64oiz", "ofoq.bsky.social", "أفق", null),
				"https://bsky.app/profile/ofoq.bsky.social", AppSettings.DEFAULTS, true, NOW, "admin", NOW, "admin"));
		List<AccountStatus> states = List.of(ok("main"), ok("ofoq_bsky"), ok("ofoq_tg"));
		states.forEach(state -> given(accountStates.status(state.account())).willReturn(state));
		given(accountStates.all()).willReturn(states);
		given(appAccounts.xAppOrigin()).willReturn("none");
	}

	private void appAccount(String name, Account account, AppAccount shown) {
		given(accountDirectory.get(name)).willReturn(account);
		given(accountDirectory.find(name)).willReturn(Optional.of(account));
		given(accountDirectory.origin(name)).willReturn(Optional.of(AllAccounts.Origin.APP));
		given(accountDirectory.inApp(name)).willReturn(Optional.of(shown));
	}

	private static AccountStatus ok(String name) {
		return new AccountStatus(name, AccountStatus.State.OK, false, null, null, null, null, null, null, 0, 0,
				BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, Budget.NONE, null);
	}

}
