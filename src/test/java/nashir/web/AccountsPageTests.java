package nashir.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import nashir.account.AccountRefused;
import nashir.account.AllAccounts;
import nashir.account.AppAccount;
import nashir.account.AppSettings;
import nashir.account.XApp;
import nashir.account.XProfile;
import nashir.publish.Account;
import nashir.publish.AccountPause;
import nashir.publish.Budget;
import nashir.publish.QuietHours;
import nashir.queue.AccountStatus;
import nashir.text.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
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

/** {@code /accounts}: admins see every account and set those of the app; nobody ever sees a secret. */
class AccountsPageTests extends WebSlice {

	static final List<String> SECRETS = List.of("CK-uv42-key", "CS-uv42-secret", "AT-uv42-token", "AS-uv42-secret");

	static final AppSettings SETTINGS = new AppSettings(true, Duration.ofMinutes(10), 40,
			QuietHours.parse("23:00-06:00 Asia/Aden"), "{title}\n{link}", new Budget(new BigDecimal("2.5000"), null));

	@BeforeEach
	void twoAccounts() {
		given(accountDirectory.names()).willReturn(new TreeSet<>(List.of("main", "ofoq")));
		Account main = new Account(null, null, null, null, false, Duration.ofMinutes(3), 0, null, Duration.ofMinutes(15),
				null, null);
		Account ofoq = new Account(SECRETS.get(0), SECRETS.get(1), SECRETS.get(2), SECRETS.get(3), true,
				Duration.ofMinutes(10), 40, SETTINGS.quietHours(), Duration.ofMinutes(15), SETTINGS.budget(),
				SETTINGS.defaultTemplate());
		given(accountDirectory.get("main")).willReturn(main);
		given(accountDirectory.get("ofoq")).willReturn(ofoq);
		given(accountDirectory.origin("main")).willReturn(Optional.of(AllAccounts.Origin.CONFIGURATION));
		given(accountDirectory.origin("ofoq")).willReturn(Optional.of(AllAccounts.Origin.APP));
		given(accountDirectory.inApp("ofoq")).willReturn(Optional.of(new AppAccount("ofoq",
				new XProfile("1862", "ofoq_news", "أفق الإخبارية", "https://pbs.twimg.com/profile_images/1/ofoq.jpg"),
				SETTINGS, true, NOW, "admin", NOW, "admin")));
		given(accountDirectory.inApp("main")).willReturn(Optional.empty());
		List<AccountStatus> states = List.of(ok("main"), ok("ofoq"));
		given(accountStates.status("main")).willReturn(states.get(0));
		given(accountStates.status("ofoq")).willReturn(states.get(1));
		given(accountStates.all()).willReturn(states);
		given(appAccounts.xAppOrigin()).willReturn("saved");
	}

	private static AccountStatus ok(String name) {
		return new AccountStatus(name, AccountStatus.State.OK, false, null, null, null, null, null, null, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, Budget.NONE, null);
	}

	@Test
	void shouldShowEveryAccountAndNoSecret() throws Exception {
		String page = mvc.perform(get("/accounts").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("من ملف الإعدادات")))
			.andExpect(content().string(containsString("أُضيف في التطبيق")))
			.andExpect(content().string(containsString(">@ofoq_news</a>")))
			.andExpect(content().string(containsString("<img class=\"avatar\" src=\"https://pbs.twimg.com/profile_images/1/ofoq.jpg\"")))
			.andExpect(content().string(containsString("<bdi class=\"x-name\">أفق الإخبارية</bdi>")))
			.andExpect(content().string(containsString("name=\"quietHours\" dir=\"ltr\" size=\"22\" value=\"23:00-06:00 Asia/Aden\"")))
			.andExpect(content().string(containsString("name=\"minInterval\" dir=\"ltr\" size=\"8\" value=\"10m\"")))
			.andExpect(content().string(containsString("name=\"budgetDaily\" dir=\"ltr\" min=\"0\" step=\"0.01\" value=\"2.5\"")))
			.andExpect(content().string(containsString("مفتاح التطبيق وسرّه محفوظان")))
			.andExpect(content().string(containsString("action=\"/accounts/ofoq/delete\"")))
			.andExpect(content().string(not(containsString("action=\"/accounts/main\""))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String secret : SECRETS) {
			assertThat(page).doesNotContain(secret);
		}
	}

	@Test
	void shouldOfferToConnectAnAccountAndToReconnectAnAppAccountXRefused() throws Exception {
		given(xSignIn.hasApp()).willReturn(true);
		AccountPause refused = new AccountPause(AccountPause.Kind.CREDENTIALS, Reason.read("X refused the credentials"));
		for (String name : List.of("main", "ofoq")) {
			given(accountStates.status(name)).willReturn(new AccountStatus(name, AccountStatus.State.PAUSED, false, refused,
					NOW, null, null, null, null, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, Budget.NONE, null));
		}

		mvc.perform(get("/accounts").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString("action=\"/accounts/x/connect\"")))
			.andExpect(content().string(containsString("action=\"/accounts/x/reconnect/ofoq\"")))
			.andExpect(content().string(not(containsString("action=\"/accounts/x/reconnect/main\""))));
	}

	@Test
	void shouldShowNoAccountsLinkButToAdmins() throws Exception {
		mvc.perform(get("/queue").with(user("nour").roles("EDITOR")))
			.andExpect(content().string(not(containsString("href=\"/accounts\""))));
		mvc.perform(get("/queue").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString("href=\"/accounts\"")));
		mvc.perform(get("/accounts").with(user("nour").roles("EDITOR"))).andExpect(status().isForbidden());
	}

	@Test
	void shouldSaveSettingsReadAsTheConfigurationReadsThem() throws Exception {
		mvc.perform(post("/accounts/ofoq").param("dryRun", "true")
			.param("minInterval", "10m")
			.param("dailyCap", "40")
			.param("quietHours", "23:00-06:00 Asia/Aden")
			.param("defaultTemplate", "{title}\r\n{link}")
			.param("budgetDaily", "2.5")
			.param("budgetMonthly", "")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).andExpect(redirectedUrl("/accounts")).andExpect(flash().attribute("done", true));
		then(appAccounts).should()
			.updateSettings("ofoq", new AppSettings(true, Duration.ofMinutes(10), 40, SETTINGS.quietHours(),
					"{title}\n{link}", new Budget(new BigDecimal("2.5"), null)), "admin");
	}

	@Test
	void shouldRefuseSettingsThatCannotBe() throws Exception {
		for (String[] bad : List.of(new String[] { "minInterval", "soon" }, new String[] { "dailyCap", "-1" },
				new String[] { "quietHours", "ليلًا" }, new String[] { "budgetDaily", "-3" },
				new String[] { "budgetMonthly", "كثير" }, new String[] { "defaultTemplate", "{titel}" })) {
			mvc.perform(post("/accounts/ofoq").param(bad[0], bad[1]).with(user("admin").roles("ADMIN")).with(csrf()))
				.andExpect(redirectedUrl("/accounts"))
				.andExpect(flash().attribute("error", containsString("accounts.invalid.")));
		}
		then(appAccounts).should(never()).updateSettings(anyString(), any(), anyString());
	}

	@Test
	void shouldSayWhyTheStoreRefused() throws Exception {
		willThrow(new AccountRefused(Reason.of("accounts.refused.configured", "in the configuration", "main"))).given(appAccounts).delete("main", "admin");
		mvc.perform(post("/accounts/main/delete").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(flash().attribute("error", containsString("accounts.refused.configured")));
	}

	@Test
	void shouldSaveTheXAppWithoutShowingItAgain() throws Exception {
		mvc.perform(post("/accounts/x-app").param("consumerKey", SECRETS.get(0))
			.param("consumerSecret", SECRETS.get(1))
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).andExpect(redirectedUrl("/accounts"));
		then(appAccounts).should().saveXApp(new XApp(SECRETS.get(0), SECRETS.get(1)), "admin");
	}

	@Test
	void shouldSayInTheApiWhereEachAccountIsKeptAndWhoItIs() throws Exception {
		String json = mvc.perform(get("/api/accounts").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].account").value("main"))
			.andExpect(jsonPath("$[0].origin").value("CONFIGURATION"))
			.andExpect(jsonPath("$[0].profile").doesNotExist())
			.andExpect(jsonPath("$[1].origin").value("APP"))
			.andExpect(jsonPath("$[1].state").value("OK"))
			.andExpect(jsonPath("$[1].profile.handle").value("ofoq_news"))
			.andExpect(jsonPath("$[1].profile.pictureUrl").value("https://pbs.twimg.com/profile_images/1/ofoq.jpg"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String secret : SECRETS) {
			assertThat(json).doesNotContain(secret);
		}
	}

}
