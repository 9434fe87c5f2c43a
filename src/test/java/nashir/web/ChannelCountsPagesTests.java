package nashir.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nashir.TestChannel;
import nashir.compose.ComposedPost;
import nashir.feed.FeedItem;
import nashir.publish.Network;
import nashir.queue.Post;
import nashir.queue.PostStatus;
import nashir.schedule.SchedulePreview;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** Each account's text counted by its own network on the compose page, in the queue and in the API. */
class ChannelCountsPagesTests extends WebSlice {

	/** 290 letters: too many for X's 280, well within Mastodon's 500. */
	static final String ARABIC_290 = "قمة “بوتين وبايدن”.. اتفاق على عودة السفراء ".repeat(7).substring(0, 290);

	@BeforeEach
	void fourNetworks() {
		given(accountDirectory.names()).willReturn(new TreeSet<>(Set.of("main", "masto", "tg", "bsky")));
		given(accountDirectory.find("main")).willReturn(Optional.of(TestChannel.dryRun(Network.X, null, null, null)));
		given(accountDirectory.find("masto"))
			.willReturn(Optional.of(TestChannel.dryRun(Network.MASTODON, null, "https://mastodon.social", null)));
		given(accountDirectory.find("tg"))
			.willReturn(Optional.of(TestChannel.dryRun(Network.TELEGRAM, "@ofoq_news", null, null)));
		given(accountDirectory.find("bsky"))
			.willReturn(Optional.of(TestChannel.dryRun(Network.BLUESKY, null, null, "ofoq.bsky.social")));
	}

	@Test
	void shouldCountTheLiveCounterByTheAccountsNetwork() throws Exception {
		mvc.perform(post("/length").with(user("nour").roles("EDITOR")).with(csrf()).param("for", "7")
			.param("account", "masto").param("text", ARABIC_290))
			.andExpect(content().string(containsString("counter ok")))
			.andExpect(content().string(containsString("data-network=\"mastodon\"")))
			.andExpect(content().string(containsString("ماستودون")))
			.andExpect(content().string(containsString("<span class=\"n\">290</span>/500")));
		mvc.perform(post("/length").with(user("nour").roles("EDITOR")).with(csrf()).param("for", "7")
			.param("account", "main").param("text", ARABIC_290))
			.andExpect(content().string(containsString("counter over")))
			.andExpect(content().string(containsString("<span class=\"n\">290</span>/280")));
	}

	@Test
	void shouldShowEachChosenAccountsCountOnTheComposePage() throws Exception {
		mvc.perform(post("/compose/preview").with(user("nour").roles("EDITOR")).with(csrf()).param("text", ARABIC_290)
			.param("accounts", "main", "masto", "bsky", "tg")
			.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("@main</bdi>")))
			.andExpect(content().string(containsString("<span class=\"n\">290</span>/280")))
			.andExpect(content().string(containsString("@masto</bdi>")))
			.andExpect(content().string(containsString("<span class=\"n\">290</span>/500")))
			.andExpect(content().string(containsString("<span class=\"n\">290</span>/300")))
			.andExpect(content().string(containsString("<span class=\"n\">290</span>/4,096")))
			.andExpect(content().string(containsString("The text is 290 of 280 by X’s count: too long for the account “main”.")))
			.andExpect(content().string(not(containsString("too long for the account “masto”"))));
	}

	@Test
	void shouldRefuseATextTooLongForXAloneNamingXAndQueueNothing() throws Exception {
		mvc.perform(post("/compose").with(user("nour").roles("EDITOR")).with(csrf()).param("text", ARABIC_290)
			.param("accounts", "main", "masto"))
			.andExpect(status().isOk())
			.andExpect(view().name("compose"))
			.andExpect(model().attributeHasFieldErrorCode("composeForm", "text", "compose.error.tooLongFor"))
			.andExpect(content().string(containsString("طول النص 290 من 280 بحساب X، فهو أطول مما يقبله الحساب «main».")))
			.andExpect(content().string(not(containsString("«masto»"))));
		then(actions).should(never()).compose(any(), any(), anyString());
	}

	@Test
	void shouldTakeATextTooLongForXForAMastodonAccount() throws Exception {
		mvc.perform(post("/compose").with(user("nour").roles("EDITOR")).with(csrf()).param("text", ARABIC_290)
			.param("accounts", "masto"))
			.andExpect(model().hasNoErrors());
	}

	@Test
	void shouldShowAQueuedPostsCountAndCardByItsOwnNetwork() throws Exception {
		given(log.upcoming()).willReturn(List.of(onAccount(aPost(1, ARABIC_290, PostStatus.QUEUED), "masto"),
				onAccount(aPost(2, "عاجل: قمة “بوتين وبايدن” https://ofoq.example.com/2021/06/16/summit/",
						PostStatus.QUEUED), "tg"),
				onAccount(aPost(3, "🤝🏽 اتفاق على عودة السفراء", PostStatus.QUEUED), "bsky")));
		mvc.perform(get("/queue").with(user("nour").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"counter-1\"")))
			.andExpect(content().string(containsString("<span class=\"n\">290</span>/500")))
			.andExpect(content().string(containsString("preview-card network-mastodon")))
			.andExpect(content().string(containsString("@masto@mastodon.social")))
			.andExpect(content().string(containsString("preview-card network-telegram")))
			.andExpect(content().string(containsString(">@ofoq_news<")))
			.andExpect(content().string(containsString("ofoq.example.com</bdi></a>")))
			.andExpect(content().string(containsString("preview-card network-bluesky")))
			.andExpect(content().string(containsString(">@ofoq.bsky.social<")))
			.andExpect(content().string(containsString("بلوسكاي")))
			.andExpect(content().string(not(containsString("preview-card network-x"))));
	}

	@Test
	void shouldKeepXsCardForAnXAccount() throws Exception {
		given(log.upcoming()).willReturn(List.of(aPost(1, ARABIC_290, PostStatus.QUEUED)));
		mvc.perform(get("/queue").with(user("nour").roles("EDITOR")))
			.andExpect(content().string(containsString("preview-card network-x")))
			.andExpect(content().string(containsString("counter over")))
			.andExpect(content().string(not(containsString("network-label"))));
	}

	@Test
	void shouldCountInTheApiByTheAccountsNetwork() throws Exception {
		mvc.perform(post("/api/length").with(user("nour").roles("EDITOR")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"" + ARABIC_290 + "\", \"account\": \"masto\"}"))
			.andExpect(jsonPath("$.network").value("mastodon"))
			.andExpect(jsonPath("$.length").value(290))
			.andExpect(jsonPath("$.max").value(500))
			.andExpect(jsonPath("$.valid").value(true));
		mvc.perform(post("/api/length").with(user("nour").roles("EDITOR")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"" + ARABIC_290 + "\"}"))
			.andExpect(jsonPath("$.network").value("x"))
			.andExpect(jsonPath("$.weightedLength").value(290))
			.andExpect(jsonPath("$.valid").value(false));
		given(queue.find(4)).willReturn(Optional.of(onAccount(aPost(4, ARABIC_290, PostStatus.QUEUED), "bsky")));
		mvc.perform(get("/api/posts/4/length").with(user("layla").roles("VIEWER")))
			.andExpect(jsonPath("$.account").value("bsky"))
			.andExpect(jsonPath("$.network").value("bluesky"))
			.andExpect(jsonPath("$.max").value(300))
			.andExpect(jsonPath("$.valid").value(true));
	}

	@Test
	void shouldShowTheFeedFormsNextPostsForEachAccountByItsNetwork() throws Exception {
		FeedItem item = new FeedItem("https://ofoq.example.com/?p=104233", "104233", "قمة “بوتين وبايدن”",
				URI.create("https://ofoq.example.com/2021/06/16/summit/"), Instant.parse("2021-06-16T20:10:00Z"),
				List.of(), null, null, null);
		given(feedChanges.preview(any())).willReturn(List.of(new SchedulePreview.PreviewedPost(item,
				List.of(new SchedulePreview.AccountPost("main", "x",
						new ComposedPost(ARABIC_290.substring(0, 279) + "…", 280, true, List.of(), null), 280),
						new SchedulePreview.AccountPost("masto", "mastodon",
								new ComposedPost(ARABIC_290, 290, true, List.of(), null), 500)))));
		mvc.perform(post("/feeds/new").with(user("nour").roles("EDITOR")).with(csrf()).param("preview", "")
			.param("feed", "https://ofoq.example.com/feed/").param("every", "60s"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">280/280<")))
			.andExpect(content().string(containsString(">290/500<")))
			.andExpect(content().string(containsString("data-network=\"mastodon\"")))
			.andExpect(content().string(containsString("ماستودون")))
			.andExpect(content().string(not(containsString("أطول مما يقبله"))));
	}

}
