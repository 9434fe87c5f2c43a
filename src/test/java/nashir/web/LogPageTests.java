package nashir.web;

import java.time.Duration;
import java.util.List;

import nashir.queue.Post;
import nashir.queue.PostStatus;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** {@code /log}: the time a post went out as its time, and a message when nothing matches. */
class LogPageTests extends WebSlice {

	@Test
	void shouldShowWhenEachPostWentOut() throws Exception {
		// written at 08:00, sent at 09:30 (UTC in this slice)
		Post sent = aPost(1, "عاجل: انطلاق مؤتمر الحوار الوطني في صنعاء", PostStatus.PUBLISHED);
		sent = new Post(sent.id(), sent.scheduleId(), sent.account(), sent.itemKey(), sent.title(), sent.link(),
				sent.text(), null, sent.status(), false, sent.dueAt(), sent.storyAt(), sent.detectedAt(), 1, false,
				"1862", false, null, NOW, NOW, NOW.plus(Duration.ofMinutes(90)), null, null, false, null);
		given(log.search(any())).willReturn(List.of(sent, aPost(2, "ارتفاع أسعار النفط", PostStatus.QUEUED)));
		mvc.perform(get("/log").header("Accept-Language", "ar").with(user("layla").roles("VIEWER")))
			.andExpect(content().string(containsString("<th>وقت النشر</th>")))
			.andExpect(content().string(containsString(">2026-11-29 09:30</time>")))
			.andExpect(content().string(containsString("title=\"لم يُنشر: هذا وقت كتابته\" class=\"unsent\">2026-11-29 08:00</time>")))
			.andExpect(content().string(not(containsString("لا شيء في السجل يطابق هذا البحث."))));
	}

	@Test
	void shouldSayWhenNothingMatches() throws Exception {
		mvc.perform(get("/log").param("q", "الاسواق").header("Accept-Language", "ar").with(user("layla").roles("VIEWER")))
			.andExpect(content().string(containsString("لا شيء في السجل يطابق هذا البحث.")))
			.andExpect(content().string(not(containsString("<table"))));
	}

}
