package nashir.web;

import java.util.List;
import java.util.Optional;

import nashir.TestChannel;
import nashir.publish.Network;
import nashir.queue.Post;
import nashir.queue.PostStatus;
import nashir.text.Reason;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A post a network took without a readable answer is marked on /log for someone to check on that network. */
class LogCheckMarkTests extends WebSlice {

	private static final String MARK = "class=\"check\"";

	@Test
	void shouldMarkAPublishedPostWithoutTweetIdOrWithAnUnreadableAnswer() throws Exception {
		Post unreadable = unreadable(aPost(1, "قمة جنيف", PostStatus.PUBLISHED));
		given(log.search(any())).willReturn(List.of(unreadable));

		mvc.perform(get("/log").with(user("layla").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(MARK)))
			.andExpect(content().string(containsString("X took it, answer unreadable (200, X answered HTML")));
	}

	@Test
	void shouldSayWhichNetworkToCheckOn() throws Exception {
		given(accountDirectory.find("tg"))
			.willReturn(Optional.of(TestChannel.dryRun(Network.TELEGRAM, "@ofoq_news", null, null)));
		Post telegram = onAccount(unreadable(aPost(1, "قمة جنيف", PostStatus.PUBLISHED)), "tg");
		given(log.search(any())).willReturn(List.of(telegram));

		mvc.perform(get("/log").header("Accept-Language", "ar").with(user("layla").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("⚠ تحقّق على تيليغرام")));
	}

	@Test
	void shouldNotMarkAnOrdinaryPublishedPostOrADryRun() throws Exception {
		Post sent = aPost(1, "قمة جنيف", PostStatus.PUBLISHED);
		Post dryRun = new Post(2, "ofoq", "main", "k2", "خبر", null, "خبر", null, PostStatus.PUBLISHED, false, NOW, NOW,
				NOW, 0, false, null, true, null, NOW, NOW, NOW, null, null, false, null);
		given(log.search(any())).willReturn(List.of(sent, dryRun));

		mvc.perform(get("/log").with(user("layla").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(MARK))));
	}


	private static Post unreadable(Post post) {
		return new Post(post.id(), post.scheduleId(), post.account(), post.itemKey(), post.title(), post.link(),
				post.text(), post.imageUrl(), post.status(), post.urgent(), post.dueAt(), post.storyAt(),
				post.detectedAt(), post.attempts(), post.reclaimed(), null, false,
				"X took it, answer unreadable (200, X answered HTML, check the account on X)", post.createdAt(),
				post.updatedAt(), post.publishedAt(),
				Reason.read("X took it, answer unreadable (200, X answered HTML, check the account on X)"), null, false, null);
	}

}
