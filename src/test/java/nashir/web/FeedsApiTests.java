package nashir.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import nashir.feed.ItemFailure;
import nashir.schedule.FeedStatus;
import nashir.schedule.PollTrigger;
import nashir.schedule.Schedule;
import nashir.text.Reason;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class FeedsApiTests extends WebSlice {

	static final ItemFailure FAILURE = new ItemFailure("https://ofoq.example.com/?p=104250", "خبر عاجل عن سد مأرب",
			"https://ofoq.example.com/2021/06/16/سد-مأرب/", "DataIntegrityViolationException: Value too long", NOW);

	static final FeedStatus STATUS = new FeedStatus("ofoq", URI.create("https://ofoq.example.com/feed/"), true, false, NOW,
			NOW, 0, null, null, NOW.plusSeconds(60), "1 new item could not be handed on (named with the feed)", NOW,
			List.of(FAILURE), null,
			Reason.read("1 new item could not be handed on (named with the feed)"));

	@Test
	void shouldNameTheStoriesThatCouldNotBeQueuedAndTheLastNote() throws Exception {
		given(feeds.all()).willReturn(List.of(STATUS));

		mvc.perform(get("/api/feeds").with(user("layla").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].notice").value("1 new item could not be handed on (named with the feed)"))
			.andExpect(jsonPath("$[0].failedItems[0].key").value("https://ofoq.example.com/?p=104250"))
			.andExpect(jsonPath("$[0].failedItems[0].title").value("خبر عاجل عن سد مأرب"))
			.andExpect(jsonPath("$[0].failedItems[0].reason").value("DataIntegrityViolationException: Value too long"));
	}

	@Test
	void shouldShowTheStoriesThatCouldNotBeQueuedOnTheFeedsPage() throws Exception {
		Schedule schedule = mock(Schedule.class);
		given(schedule.id()).willReturn("ofoq");
		given(schedule.accounts()).willReturn(List.of("main"));
		given(schedule.trigger()).willReturn(new PollTrigger.Every(Duration.ofSeconds(60)));
		given(feedCards.all()).willReturn(List.of(new FeedCards.FeedCard(schedule, STATUS, List.of(), false)));

		mvc.perform(get("/feeds").with(user("layla").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("أخبار لم تُنشر")))
			.andExpect(content().string(containsString("خبر عاجل عن سد مأرب")))
			.andExpect(content().string(containsString("https://ofoq.example.com/?p=104250")))
			.andExpect(content().string(containsString("1 new item could not be handed on (named with the feed)")));
	}

}
