package nashir.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import nashir.publish.Account;
import nashir.publish.Budget;
import nashir.publish.Network;
import nashir.queue.AccountStatus;
import nashir.queue.PostStatus;
import nashir.text.Reason;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What posts cost and what accounts spent, as the pages and the API show it, in English and Arabic. */
class CostsPagesTests extends WebSlice {

	private static final String LINKED = "قمة “بوتين وبايدن”.. اتفاق https://ofoq.example.com/%D9%82%D9%85%D8%A9/";

	/** November's budget, as the dispatcher keeps it when it holds a post back. */
	private static final Reason NOVEMBER = Reason.of("budget.spent.monthly", "November's budget of $150 is spent", "150",
			YearMonth.of(2026, 11).atDay(15).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());

	private static Account account(boolean dryRun, Budget budget) {
		return new Account("ck", "cs", "at", "as", dryRun, Duration.ZERO, 0, null, Duration.ofMinutes(15), budget, null);
	}

	private static AccountStatus spent(Reason wait) {
		return new AccountStatus("main", wait == null ? AccountStatus.State.OK : AccountStatus.State.BUDGET_SPENT, false,
				null, null, null, null, null, Instant.parse("2026-11-29T07:00:00Z"), 3, 0, new BigDecimal("1.2150"),
				new BigDecimal("149.9000"), new BigDecimal("155.07"), new Budget(new BigDecimal("5"), new BigDecimal("150")),
				wait);
	}

	@Test
	void shouldSayWhatATextCostsLiveAsTheEditorTypes() throws Exception {
		mvc.perform(post("/length").with(user("nour").roles("EDITOR")).with(csrf()).param("for", "compose")
			.param("text", LINKED)
			.param("lang", "en"))
			.andExpect(content().string(containsString("This post costs \u2066$0.20\u2069 (X’s prices of 2026-04-20)")));
		mvc.perform(post("/length").with(user("nour").roles("EDITOR")).with(csrf()).param("for", "compose")
			.param("text", "خبر عاجل بلا رابط")
			)
			.andExpect(content().string(containsString("تكلفة هذا المنشور \u2066$0.015\u2069")));
	}

	@Test
	void shouldShowTheCostInTheComposePreviewAndOnTheEmptyPage() throws Exception {
		mvc.perform(post("/compose/preview").with(user("nour").roles("EDITOR")).with(csrf()).param("text", LINKED)
			.param("accounts", "main"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("تكلفة هذا المنشور \u2066$0.20\u2069")));
		mvc.perform(get("/compose").with(user("nour").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("تكلفة هذا المنشور \u2066$0.015\u2069")));
	}

	@Test
	void shouldSayADryRunAccountsPostCostsNothing() throws Exception {
		given(accountDirectory.find("main")).willReturn(Optional.of(account(true, Budget.NONE)));
		mvc.perform(post("/length").with(user("nour").roles("EDITOR")).with(csrf()).param("for", "1")
			.param("account", "main")
			.param("text", LINKED))
			.andExpect(content().string(containsString("تجربة: لا يكلّف هذا المنشور شيئًا")));
	}

	@Test
	void shouldSayAPostToANetworkThatDoesNotChargeIsFree() throws Exception {
		Account telegram = new Account(null, null, null, null, false, Duration.ZERO, 0, null, Duration.ofMinutes(15),
				Budget.NONE, null, Network.TELEGRAM, "7311902:AAF-token", "@ofoq_news", null, null, null, null);
		given(accountDirectory.find("ofoq_tg")).willReturn(Optional.of(telegram));
		mvc.perform(post("/length").with(user("nour").roles("EDITOR")).with(csrf()).param("for", "1")
			.param("account", "ofoq_tg")
			.param("text", LINKED))
			.andExpect(content().string(containsString("مجاني على هذه الشبكة: لا يكلّف هذا المنشور شيئًا")))
			.andExpect(content().string(not(containsString("تجربة"))));
		given(log.upcoming()).willReturn(List.of(new nashir.queue.Post(1, "ofoq", "ofoq_tg", "k1", LINKED,
				"https://ofoq.example.com/1", LINKED, null, PostStatus.QUEUED, false, NOW.plusSeconds(600), NOW, NOW, 0,
				false, null, false, null, NOW, NOW, null, null, null, false, null)));
		mvc.perform(get("/queue").with(user("layla").roles("VIEWER")).param("lang", "en"))
			.andExpect(content().string(containsString("Free on this network: this post costs nothing")))
			.andExpect(content().string(not(containsString("$0.20"))));
	}

	@Test
	void shouldShowEachQueuedPostsCostAndTheAccountsBudgetWait() throws Exception {
		given(log.upcoming()).willReturn(List.of(aPost(1, LINKED, PostStatus.QUEUED)));
		given(accountStates.all()).willReturn(List.of(spent(NOVEMBER)));
		mvc.perform(get("/queue").with(user("layla").roles("VIEWER")).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This post costs \u2066$0.20\u2069")))
			.andExpect(content().string(containsString("Budget spent")))
			.andExpect(content().string(containsString("November’s budget of \u2066$150\u2069 is spent")));
	}

	@Test
	void shouldOfferEditorsToSendDespiteTheBudgetOnlyWhereThereIsOne() throws Exception {
		given(log.upcoming()).willReturn(List.of(aPost(1, LINKED, PostStatus.QUEUED)));
		mvc.perform(get("/queue").with(user("nour").roles("EDITOR")))
			.andExpect(content().string(not(containsString("/posts/1/budget"))));
		given(accountDirectory.find("main")).willReturn(Optional.of(account(false, new Budget(null, new BigDecimal("150")))));
		mvc.perform(get("/queue").with(user("nour").roles("EDITOR")))
			.andExpect(content().string(containsString("/posts/1/budget")))
			.andExpect(content().string(containsString("أرسله رغم الميزانية")));

		given(actions.allowOverBudget(1, true, "nour")).willReturn(aPost(1, LINKED, PostStatus.QUEUED));
		mvc.perform(post("/posts/1/budget").with(user("nour").roles("EDITOR")).with(csrf()).param("allowed", "true")
			.header("HX-Request", "true"))
			.andExpect(status().isOk());
		then(actions).should().allowOverBudget(1, true, "nour");
	}

	@Test
	void shouldShowSpendProjectionBudgetAndWaitOnTheDashboardInArabic() throws Exception {
		given(accountStates.all()).willReturn(List.of(spent(NOVEMBER)));
		mvc.perform(get("/dashboard").with(user("layla").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("أُنفق اليوم")))
			.andExpect(content().string(containsString("\u2066$1.215\u2069")))
			.andExpect(content().string(containsString("من ميزانية \u2066$150\u2069")))
			.andExpect(content().string(containsString("\u2066$155.07\u2069")))
			.andExpect(content().string(containsString("نفدت ميزانية شهر نوفمبر البالغة \u2066$150\u2069")));
	}

	@Test
	void shouldGiveSpendProjectionAndBudgetInTheApi() throws Exception {
		given(accountStates.all()).willReturn(List.of(spent(NOVEMBER)));
		mvc.perform(get("/api/accounts").with(user("layla").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].spendToday").value(1.215))
			.andExpect(jsonPath("$[0].spendMonth").value(149.9))
			.andExpect(jsonPath("$[0].projection").value(155.07))
			.andExpect(jsonPath("$[0].budget.daily").value(5))
			.andExpect(jsonPath("$[0].budget.monthly").value(150))
			.andExpect(jsonPath("$[0].budgetWait.english").value("November's budget of $150 is spent"));
	}

}
