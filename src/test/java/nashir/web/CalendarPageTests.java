package nashir.web;

import java.time.Instant;
import java.util.List;

import nashir.queue.PostStatus;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /calendar}: the week of each account's posts, read from the week's first to last instant (UTC here). */
class CalendarPageTests extends WebSlice {

	@Test
	void shouldShowTheWeekFromSaturdayWithLinksToEachPost() throws Exception {
		// NOW is Sunday 2026-11-29 08:00Z: its week runs from Saturday the 28th to Friday 4 December
		given(log.calendar(Instant.parse("2026-11-28T00:00:00Z"), Instant.parse("2026-12-05T00:00:00Z")))
			.willReturn(List.of(WeekCalendarTests.post(7, "main", PostStatus.QUEUED, "2026-11-29T09:15:00Z", null),
					WeekCalendarTests.post(8, "main", PostStatus.REVIEW, "2026-12-04T21:00:00Z", null)));
		given(log.accounts()).willReturn(List.of("main", "ofoq_sport"));
		mvc.perform(get("/calendar").header("Accept-Language", "ar").with(user("layla").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*<time datetime=\"2026-11-28\">السبت 28 نوفمبر</time>.*"
					+ "<time datetime=\"2026-11-29\">الأحد 29 نوفمبر</time>.*09:15.*href=\"/queue#post-7\".*"
					+ "<time datetime=\"2026-12-04\">الجمعة 4 ديسمبر</time>.*href=\"/review#post-8\".*")))
			.andExpect(content().string(containsString("class=\"day today\"")))
			.andExpect(content().string(containsString("href=\"/calendar?week=2026-11-21&amp;account=\"")))
			.andExpect(content().string(containsString("href=\"/calendar?week=2026-12-05&amp;account=\"")));
	}

	@Test
	void shouldSayWhenTheWeekIsEmpty() throws Exception {
		mvc.perform(get("/calendar").param("week", "2026-12-10").with(user("layla").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("لا منشورات مجدولة أو منشورة في هذا الأسبوع.")));
	}

}
