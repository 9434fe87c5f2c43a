package nashir.web;

import java.util.List;

import nashir.queue.PostStatus;
import nashir.schedule.FeedStatus;
import nashir.text.Reason;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PostsControllerTests extends WebSlice {

	@Test
	void shouldListPostsInArabicRightToLeftWithStatusLinkAndError() throws Exception {
		given(queue.latest(PostsController.PAGE_SIZE)).willReturn(List.of(
				aPost(2, "قمة “بوتين وبايدن”.. اتفاق", PostStatus.PUBLISHED),
				new nashir.queue.Post(1, "ofoq", "main", "k1", "خبر آخر", null, "خبر آخر", null, PostStatus.FAILED,
						false, NOW, NOW, NOW, 3, false, null, false, "X refused the credentials of account main", NOW,
						NOW, null, Reason.read("X refused the credentials of account main"), null, false, null)));
		given(schedules.problemReasons()).willReturn(List.of(Reason.read("broken.yml line 2: 'every' is not a duration: 'soon'")));
		given(feeds.all()).willReturn(List.of(new FeedStatus("ofoq", java.net.URI.create("https://ofoq.example.com/feed/"),
				true, false, NOW, NOW.minusSeconds(600), 3,
				"feed \"ofoq\": https://ofoq.example.com/feed/: the server sent an HTML page, not a feed", NOW, null, null,
				null, List.of(),
				Reason.read("feed \"ofoq\": https://ofoq.example.com/feed/: the server sent an HTML page, not a feed"), null)));

		mvc.perform(get("/").with(user("layla").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dir=\"rtl\"")))
			.andExpect(content().string(containsString("lang=\"ar\"")))
			.andExpect(content().string(containsString("قمة “بوتين وبايدن”.. اتفاق")))
			.andExpect(content().string(containsString("نُشر")))
			.andExpect(content().string(containsString("فشل")))
			.andExpect(content().string(containsString("https://x.com/i/web/status/1862")))
			.andExpect(content().string(containsString("X refused the credentials of account main")))
			.andExpect(content().string(containsString("broken.yml line 2")))
			.andExpect(content().string(containsString("متعثرة (3 مرات متتالية)")))
			.andExpect(content().string(containsString("the server sent an HTML page, not a feed")));
	}

	@Test
	void shouldShowAHostileHeadlineAsPlainText() throws Exception {
		given(queue.latest(PostsController.PAGE_SIZE)).willReturn(hostilePosts());
		mvc.perform(get("/").with(user("layla").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(not(containsString("<img src=x"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
	}

	@Test
	void shouldServeTheLatestPostsAsJson() throws Exception {
		given(queue.latest(50)).willReturn(List.of(aPost(1, "قمة “بوتين وبايدن”", PostStatus.PUBLISHED)));
		mvc.perform(get("/api/posts").param("limit", "50").with(user("layla").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].text").value("قمة “بوتين وبايدن”"))
			.andExpect(jsonPath("$[0].status").value("PUBLISHED"))
			.andExpect(jsonPath("$[0].tweetId").value("1862"))
			.andExpect(jsonPath("$[0].createdAt").value("2026-11-29T08:00:00Z"));
	}

	@Test
	void shouldSendAnonymousReadersToTheLoginPage() throws Exception {
		mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void shouldSwitchToEnglishLeftToRightOnRequest() throws Exception {
		mvc.perform(get("/").param("lang", "en").with(user("sam").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dir=\"ltr\"")))
			.andExpect(content().string(containsString("Latest posts")));
	}

}
