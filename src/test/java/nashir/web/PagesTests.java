package nashir.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nashir.feed.ItemFailure;

import nashir.publish.AccountPause;
import nashir.publish.Budget;
import nashir.queue.AccountStatus;
import nashir.queue.Post;
import nashir.queue.PostChangeRefused;
import nashir.queue.PostStatus;
import nashir.schedule.FeedStatus;
import nashir.schedule.PollTrigger;
import nashir.schedule.Schedule;
import nashir.text.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The pages and their htmx fragments, with the features behind them mocked. */
class PagesTests extends WebSlice {

	static final String HOSTILE_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;";

	@ParameterizedTest
	@ValueSource(strings = { "/queue", "/review", "/log", "/feeds", "/audit", "/" })
	void shouldShowAHostileHeadlineAsPlainTextEverywhere(String page) throws Exception {
		given(log.upcoming()).willReturn(hostilePosts());
		given(log.inReview()).willReturn(hostilePosts());
		given(log.search(any())).willReturn(hostilePosts());
		given(queue.latest(anyInt())).willReturn(hostilePosts());
		Schedule schedule = mock(Schedule.class);
		given(schedule.id()).willReturn("ofoq");
		given(schedule.accounts()).willReturn(List.of("main"));
		given(schedule.trigger()).willReturn(new PollTrigger.Every(Duration.ofSeconds(60)));
		given(schedules.all()).willReturn(List.of(schedule));
		given(feedCards.all()).willReturn(List.of(new FeedCards.FeedCard(schedule, new FeedStatus("ofoq",
				java.net.URI.create("https://ofoq.example.com/feed/"), true, false, NOW, NOW, 2, HOSTILE, null, NOW, HOSTILE, NOW,
				List.of(new ItemFailure(HOSTILE, HOSTILE, HOSTILE, HOSTILE, NOW)), Reason.read(HOSTILE), Reason.read(HOSTILE)),
				hostilePosts(), true)));
		given(audit.search(any(), any(), anyInt(), anyInt())).willReturn(List.of(new AuditLog.Entry(1, NOW, "nour", "edit", 1L, "main",
				HOSTILE, HOSTILE + " (معدّل)", null)));

		mvc.perform(get(page).with(user("nour").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("<img src=x"))))
			.andExpect(content().string(containsString(HOSTILE_ESCAPED)));
	}

	@Test
	void shouldShowAHostileTextAsPlainTextInTheComposePreview() throws Exception {
		mvc.perform(post("/compose/preview").with(user("nour").roles("EDITOR")).with(csrf()).param("text", HOSTILE)
			.param("imageUrl", "javascript:alert(3)"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(HOSTILE_ESCAPED)))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("src=\"javascript:"))));
	}

	@Test
	void shouldListTheQueuePerAccountWithDueTimeAndCountdown() throws Exception {
		given(log.upcoming()).willReturn(List.of(aPost(1, "قمة “بوتين وبايدن”", PostStatus.QUEUED),
				onAccount(aPost(2, "الهلال يتأهل إلى النهائي", PostStatus.QUEUED), "ofoq_sport")));
		given(accountStates.all()).willReturn(List.of(new AccountStatus("main", AccountStatus.State.PAUSED, false,
				new AccountPause(AccountPause.Kind.CREDENTIALS, Reason.read("X refused the credentials")), NOW, null, null, null, null,
				0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, Budget.NONE, null)));
		// The paused account's post has no time until it is resumed; the other one goes at its due time.
		given(accountStates.sendTimes(eq("ofoq_sport"), any())).willReturn(Map.of(2L, NOW.plusSeconds(600)));
		mvc.perform(get("/queue").with(user("layla").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("@main")))
			.andExpect(content().string(containsString("@ofoq_sport")))
			.andExpect(content().string(containsString("2026-11-29 08:10")))
			.andExpect(content().string(containsString("data-due=\"2026-11-29T08:10:00Z\"")))
			.andExpect(content().string(containsString("ينتظر استئناف الحساب")))
			.andExpect(content().string(containsString("متوقف: رُفضت بيانات الدخول")))
			// a viewer reads, and gets neither the text box nor the buttons
			.andExpect(content().string(not(containsString("<textarea"))))
			.andExpect(content().string(not(containsString("button class=\"cancel"))));
	}

	@Test
	void shouldGiveEditorsTheTextBoxCounterAndActions() throws Exception {
		given(log.upcoming()).willReturn(List.of(aPost(1, "قمة “بوتين وبايدن”", PostStatus.QUEUED)));
		mvc.perform(get("/queue").with(user("nour").roles("EDITOR")))
			.andExpect(content().string(containsString("<textarea")))
			.andExpect(content().string(containsString("id=\"counter-1\"")))
			.andExpect(content().string(containsString("hx-trigger=\"input changed delay:300ms\"")))
			.andExpect(content().string(containsString("/posts/1/cancel")))
			.andExpect(content().string(containsString("/posts/1/hold")))
			.andExpect(content().string(not(containsString("/posts/1/approve"))));
	}

	@Test
	void shouldCountWithTheServersTwitterText() throws Exception {
		mvc.perform(post("/length").with(user("nour").roles("EDITOR")).with(csrf()).param("for", "7")
			.param("text", "عاجل " + "ا".repeat(300) + " https://ofoq.example.com/"))
			.andExpect(content().string(containsString("id=\"counter-7\"")))
			.andExpect(content().string(containsString("counter over")));
		mvc.perform(post("/length").with(user("nour").roles("EDITOR")).with(csrf()).param("for", "7")
			.param("text", "عاجل https://ofoq.example.com/a-very-long-path-that-still-counts-as-twenty-three"))
			.andExpect(content().string(containsString("<span class=\"n\">28</span>/280")))
			.andExpect(content().string(containsString("counter ok")));
	}

	@Test
	void shouldApproveThroughHtmxAndAnswerWithTheNewCard() throws Exception {
		given(actions.approve(1, "nour")).willReturn(aPost(1, "قمة “بوتين وبايدن”", PostStatus.QUEUED));
		mvc.perform(post("/posts/1/approve").with(user("nour").roles("EDITOR")).with(csrf()).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"post-1\"")))
			.andExpect(content().string(containsString("في الطابور")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void shouldShowWhyAChangeWasRefusedInTheCard() throws Exception {
		given(actions.editText(1, "نص طويل", "nour"))
			.willThrow(new PostChangeRefused(Reason.of("post.refused.tooLong", "the text is 320 of 280 by X's count: X would refuse it", 320, 280)));
		given(queue.find(1)).willReturn(Optional.of(aPost(1, "قمة “بوتين وبايدن”", PostStatus.QUEUED)));
		mvc.perform(post("/posts/1/text").param("text", "نص طويل").with(user("nour").roles("EDITOR")).with(csrf())
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("طول النص 320 من 280 بحساب X، وسيرفضه X.")))
			// the editor's text stays in the box, not the stored one (which the preview still shows: it is what X gets)
			.andExpect(content().string(containsString(">نص طويل</textarea>")))
			.andExpect(content().string(not(containsString(">قمة “بوتين وبايدن”</textarea>"))));
	}

	@Test
	void shouldGoBackToThePageAfterAPlainFormPost() throws Exception {
		given(actions.retry(3, "nour")).willThrow(new PostChangeRefused(Reason.of("post.refused.state", "post 3 is PUBLISHED and can no longer be changed that way", "3", "PUBLISHED")));
		mvc.perform(post("/posts/3/retry").param("back", "log").with(user("nour").roles("EDITOR")).with(csrf()))
			.andExpect(redirectedUrl("/log"))
			.andExpect(flash().attribute("error", containsString("PUBLISHED")));
		mvc.perform(post("/posts/3/cancel").param("back", "https://evil.example.com").with(user("nour").roles("EDITOR"))
			.with(csrf())).andExpect(redirectedUrl("/queue"));
	}

	@Test
	void shouldRescheduleInTheNewsroomsZone() throws Exception {
		given(actions.reschedule(1, Instant.parse("2026-11-29T10:30:00Z"), "nour"))
			.willReturn(aPost(1, "خبر", PostStatus.QUEUED));
		mvc.perform(post("/posts/1/reschedule").param("dueAt", "2026-11-29T10:30").with(user("nour").roles("EDITOR"))
			.with(csrf()).header("HX-Request", "true")).andExpect(status().isOk());
		then(actions).should().reschedule(1, Instant.parse("2026-11-29T10:30:00Z"), "nour");
	}

	@Test
	void shouldRefuseAComposedPostWithTheReasonsAndQueueNothing() throws Exception {
		given(accountDirectory.names()).willReturn(new TreeSet<>(Set.of("main")));
		mvc.perform(post("/compose").with(user("nour").roles("EDITOR")).with(csrf())
			.param("text", "خبر ".repeat(80))
			.param("dueAt", "2026-11-28T10:00"))
			.andExpect(status().isOk())
			.andExpect(view().name("compose"))
			.andExpect(model().attributeHasFieldErrorCode("composeForm", "accounts", "compose.error.noAccount"))
			.andExpect(model().attributeHasFieldErrorCode("composeForm", "text", "compose.error.tooLong"))
			.andExpect(model().attributeHasFieldErrorCode("composeForm", "dueAt", "compose.error.past"))
			.andExpect(content().string(containsString("320 من 280 بحساب X، وسيرفضه X")));
		then(actions).should(never()).compose(any(), any(), anyString());
	}

	@Test
	void shouldQueueAComposedPostForEveryChosenAccount() throws Exception {
		given(accountDirectory.names()).willReturn(new TreeSet<>(Set.of("main", "ofoq_sport")));
		given(actions.compose(any(), any(), anyString())).willReturn(List.of(aPost(1, "خبر", PostStatus.QUEUED)));
		mvc.perform(post("/compose").with(user("nour").roles("EDITOR")).with(csrf())
			.param("text", "عاجل: مجلس الوزراء يقر الموازنة")
			.param("accounts", "main", "ofoq_sport")
			.param("imageUrl", "https://ofoq.example.com/a.jpg")
			.param("dueAt", "2026-11-29T09:00"))
			.andExpect(redirectedUrl("/queue"))
			.andExpect(flash().attribute("composed", 1));
		ArgumentCaptor<ComposeForm> form = ArgumentCaptor.forClass(ComposeForm.class);
		then(actions).should().compose(form.capture(), org.mockito.ArgumentMatchers.eq(Instant.parse("2026-11-29T09:00:00Z")),
				org.mockito.ArgumentMatchers.eq("nour"));
		assertThat(form.getValue().getAccounts()).containsExactly("main", "ofoq_sport");
	}

	@Test
	void shouldFilterTheLogAndExportExactlyWhatIsShown() throws Exception {
		LogFilter expected = new LogFilter(PostStatus.FAILED, "main", "ofoq", LocalDate.of(2026, 11, 1),
				LocalDate.of(2026, 11, 29), "بوتين");
		given(log.search(expected)).willReturn(List.of(aPost(1, "=HYPERLINK(\"https://evil.example.com\") بوتين", PostStatus.FAILED)));
		String query = "?status=FAILED&account=main&schedule=ofoq&from=2026-11-01&to=2026-11-29&q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86";
		mvc.perform(get(URI.create("/log" + query)).with(user("layla").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/log.csv" + query.replace("&", "&amp;"))));
		mvc.perform(get(URI.create("/log.csv" + query)).with(user("layla").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv")))
			.andExpect(header().string("Content-Disposition", containsString("nashir-log.csv")))
			.andExpect(content().string(containsString("\"'=HYPERLINK(\"\"https://evil.example.com\"\") بوتين\"")));
	}

	@Test
	void shouldSayWhenTheDateRangeEndsBeforeItStarts() throws Exception {
		mvc.perform(get("/log?from=2026-11-29&to=2026-11-01").with(user("layla").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("تاريخ النهاية قبل تاريخ البداية")));
		then(log).should(never()).search(any());
	}

	@Test
	void shouldPauseAScheduleOrSayWhyNot() throws Exception {
		mvc.perform(post("/feeds/ofoq/pause").with(user("nour").roles("EDITOR")).with(csrf()))
			.andExpect(redirectedUrl("/feeds"));
		then(actions).should().pause("ofoq", "nour");
		org.mockito.BDDMockito.willThrow(new ActionRefused("feeds.refused.unknown", "there is no schedule 'ghost'", "ghost")).given(actions)
			.pollNow("ghost", "nour");
		mvc.perform(post("/feeds/ghost/poll").with(user("nour").roles("EDITOR")).with(csrf()))
			.andExpect(flash().attribute("error", containsString("there is no schedule 'ghost'")));
	}

	@Test
	void shouldLetAnAdminAddAUserAndSayWhyNot() throws Exception {
		given(users.create("sami", "a long enough password", Role.VIEWER, "admin")).willReturn(true);
		mvc.perform(post("/users").param("username", "sami").param("password", "a long enough password")
			.param("role", "VIEWER").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/users"))
			.andExpect(flash().attribute("done", true));
		mvc.perform(post("/users").param("username", "sami").param("password", "another long password")
			.param("role", "VIEWER").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(flash().attribute("error", containsString("the user name 'sami' is taken")));
		org.mockito.BDDMockito.willThrow(new ActionRefused("users.refused.lastAdmin", "the last enabled admin cannot be demoted or disabled"))
			.given(users).change("admin", Role.EDITOR, false, "admin");
		mvc.perform(post("/users/admin").param("role", "EDITOR").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(flash().attribute("error", containsString("last enabled admin")));
	}

	@Test
	void shouldShowWhyXPausedAnAccountOnTheFirstPageAndTheDashboard() throws Exception {
		given(accountStates.all()).willReturn(List.of(
				new AccountStatus("main", AccountStatus.State.PAUSED, false,
						new AccountPause(AccountPause.Kind.CREDITS,
								Reason.read("X takes no more posts from account 'main' until credits are added (402 CreditsDepleted)")),
						NOW, NOW.plusSeconds(900), null, null, null, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, Budget.NONE, null),
				new AccountStatus("ofoq_sport", AccountStatus.State.OK, false, null, null, null, null, null, null, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, Budget.NONE, null)));
		for (String page : List.of("/", "/dashboard")) {
			mvc.perform(get(page).with(user("layla").roles("VIEWER")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("متوقف: نفد رصيد X")))
				.andExpect(content().string(containsString("(402 CreditsDepleted)")))
				.andExpect(content().string(containsString("المحاولة التلقائية التالية")))
				.andExpect(content().string(containsString("2026-11-29 08:15")));
		}
		mvc.perform(get("/").with(user("layla").roles("VIEWER")))
			.andExpect(content().string(containsString("حسابات أوقفها X")))
			.andExpect(content().string(not(containsString("@ofoq_sport"))));
	}

	@Test
	void shouldOfferAdminsToReconnectAnAccountWhoseCredentialsXRefused() throws Exception {
		given(xSignIn.canReconnect("main")).willReturn(true);
		given(xSignIn.canReconnect("ofoq_sport")).willReturn(true);
		given(accountStates.all()).willReturn(List.of(
				new AccountStatus("main", AccountStatus.State.PAUSED, false,
						new AccountPause(AccountPause.Kind.CREDENTIALS, Reason.read("X refused the credentials")), NOW,
						null, null, null, null, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, Budget.NONE, null),
				new AccountStatus("ofoq_sport", AccountStatus.State.PAUSED, false,
						new AccountPause(AccountPause.Kind.CREDITS, Reason.read("402 CreditsDepleted")), NOW, null, null,
						null, null, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, Budget.NONE, null)));
		for (String page : List.of("/", "/dashboard")) {
			mvc.perform(get(page).with(user("admin").roles("ADMIN")))
				.andExpect(content().string(containsString("action=\"/accounts/x/reconnect/main\"")))
				.andExpect(content().string(containsString(">أعد الربط عبر X</button>")))
				.andExpect(content().string(not(containsString("/accounts/x/reconnect/ofoq_sport"))));
			mvc.perform(get(page).with(user("nour").roles("EDITOR")))
				.andExpect(content().string(not(containsString("/accounts/x/reconnect/"))));
		}
	}

	@Test
	void shouldResumeAnAccountFromTheDashboard() throws Exception {
		mvc.perform(post("/dashboard/accounts/main/resume").with(user("nour").roles("EDITOR")).with(csrf()))
			.andExpect(redirectedUrl("/dashboard"));
		then(actions).should().resumeAccount("main", "nour");
	}


	private static int anyInt() {
		return org.mockito.ArgumentMatchers.anyInt();
	}

}
