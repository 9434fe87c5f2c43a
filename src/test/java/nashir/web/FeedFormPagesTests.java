package nashir.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import nashir.schedule.FeedStatus;
import nashir.schedule.PollTrigger;
import nashir.schedule.Schedule;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The feeds page's buttons by role and origin, and the feed form, in Arabic. */
class FeedFormPagesTests extends WebSlice {

	@Test
	void shouldOfferEditorsToAddAndChangeOnlyTheFeedsMadeInTheApp() throws Exception {
		List<FeedCards.FeedCard> cards = List.of(card("ofoq", true), card("sport", false));
		given(feedCards.all()).willReturn(cards);

		mvc.perform(get("/feeds").with(user("nour").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/feeds/new\"")))
			.andExpect(content().string(containsString("href=\"/feeds/ofoq/edit\"")))
			.andExpect(content().string(containsString("href=\"/api/schedules/ofoq/yaml\"")))
			.andExpect(content().string(containsString("action=\"/feeds/ofoq/delete\"")))
			.andExpect(content().string(containsString("أتحذف الخلاصة «ofoq»؟")))
			.andExpect(content().string(containsString("من ملف (للقراءة فقط)")))
			.andExpect(content().string(not(containsString("/feeds/sport/edit"))))
			.andExpect(content().string(not(containsString("/feeds/sport/delete"))));
		mvc.perform(get("/feeds").with(user("layla").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/feeds/new"))))
			.andExpect(content().string(not(containsString("/feeds/ofoq/edit"))))
			.andExpect(content().string(not(containsString("/feeds/ofoq/delete"))));
	}

	@Test
	void shouldShowTheFormWithTheAccountsAndATextTheFieldsCannotHoldAsYaml() throws Exception {
		given(feedChanges.accounts()).willReturn(List.of("main", "ofoq_sport"));
		mvc.perform(get("/feeds/new").with(user("nour").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("خلاصة جديدة")))
			.andExpect(content().string(containsString("value=\"ofoq_sport\"")))
			.andExpect(content().string(containsString("اعرض المنشورات التالية")));

		given(feedChanges.form("ofoq")).willReturn(FeedForm.of("ofoq",
				"feed: https://ofoq.example.com/feed/\nevery: 60s\nutm:\n  source: x\n"));
		mvc.perform(get("/feeds/ofoq/edit").with(user("nour").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("تعديل الخلاصة ofoq")))
			.andExpect(content().string(containsString("utm:\n  source: x")))
			.andExpect(content().string(containsString("<details open")));
	}

	private static FeedCards.FeedCard card(String id, boolean fromApp) {
		Schedule schedule = mock(Schedule.class);
		given(schedule.id()).willReturn(id);
		given(schedule.mode()).willReturn(Schedule.Mode.AUTO);
		given(schedule.enabled()).willReturn(true);
		given(schedule.accounts()).willReturn(List.of("main"));
		given(schedule.feed()).willReturn(URI.create("https://ofoq.example.com/feed/"));
		given(schedule.trigger()).willReturn(new PollTrigger.Every(Duration.ofSeconds(60)));
		FeedStatus status = new FeedStatus(id, URI.create("https://ofoq.example.com/feed/"), true, false, null, null, 0,
				null, null, NOW, null, null, List.of(), null, null);
		return new FeedCards.FeedCard(schedule, status, List.of(), fromApp);
	}

}
