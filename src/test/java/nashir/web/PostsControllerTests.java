package nashir.web;

import java.time.Instant;
import java.util.List;

import nashir.queue.Post;
import nashir.queue.PostQueue;
import nashir.queue.PostStatus;
import nashir.schedule.FeedStatus;
import nashir.schedule.FeedStatuses;
import nashir.schedule.ScheduleCatalog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest({ PostsController.class, PostsApiController.class, WebConfiguration.class })
class PostsControllerTests {

	static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PostQueue queue;

	@MockitoBean
	ScheduleCatalog schedules;

	@MockitoBean
	FeedStatuses feeds;

	static Post post(long id, String text, PostStatus status, String tweetId, String error) {
		return new Post(id, "ofoq", "main", "k" + id, text, "https://ofoq.example.com/", text, null, status, false, NOW,
				NOW, NOW, 1, false, tweetId, false, error, NOW, NOW, status == PostStatus.PUBLISHED ? NOW : null);
	}

	@Test
	void shouldListPostsInArabicRightToLeftWithStatusLinkAndError() throws Exception {
		given(queue.latest(PostsController.PAGE_SIZE)).willReturn(List.of(
				post(2, "قمة “بوتين وبايدن”.. اتفاق", PostStatus.PUBLISHED, "1862", null),
				post(1, "خبر آخر", PostStatus.FAILED, null, "X refused the credentials of account main")));
		given(schedules.problems()).willReturn(List.of("broken.yml line 2: 'every' is not a duration: 'soon'"));
		given(feeds.all()).willReturn(List.of(new FeedStatus("ofoq", java.net.URI.create("https://ofoq.example.com/feed/"),
				true, false, NOW, NOW.minusSeconds(600), 3,
				"feed \"ofoq\": https://ofoq.example.com/feed/: the server sent an HTML page, not a feed", NOW, null)));

		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dir=\"rtl\"")))
			.andExpect(content().string(containsString("lang=\"ar\"")))
			.andExpect(content().string(containsString("قمة “بوتين وبايدن”.. اتفاق")))
			.andExpect(content().string(containsString("نُشر")))
			.andExpect(content().string(containsString("فشل")))
			.andExpect(content().string(containsString("https://x.com/i/web/status/1862")))
			.andExpect(content().string(containsString("X refused the credentials of account main")))
			.andExpect(content().string(containsString("broken.yml line 2")))
			.andExpect(content().string(containsString("متعثرة (٣ مرات متتالية)")))
			.andExpect(content().string(containsString("the server sent an HTML page, not a feed")));
	}

	@Test
	void shouldShowAHostileHeadlineAsPlainText() throws Exception {
		given(queue.latest(PostsController.PAGE_SIZE)).willReturn(List.of(post(1,
				"<script>alert(1)</script><img src=x onerror=alert(2)> عاجل", PostStatus.QUEUED, null, null)));
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(not(containsString("<img src=x"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
	}

	@Test
	void shouldServeTheLatestPostsAsJson() throws Exception {
		given(queue.latest(50)).willReturn(List.of(post(1, "قمة “بوتين وبايدن”", PostStatus.PUBLISHED, "1862", null)));
		mvc.perform(get("/api/posts").param("limit", "50"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].text").value("قمة “بوتين وبايدن”"))
			.andExpect(jsonPath("$[0].status").value("PUBLISHED"))
			.andExpect(jsonPath("$[0].tweetId").value("1862"))
			.andExpect(jsonPath("$[0].createdAt").value("2026-11-29T08:00:00Z"));
	}

}
