package nashir.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import nashir.TestChannel;
import nashir.account.FakeConnectCheck;
import nashir.account.NetworkConnect;
import nashir.account.PendingSignIn;
import nashir.account.XApp;
import nashir.account.XConnection;
import nashir.account.XProfile;
import nashir.account.XSignIn;
import nashir.account.XSignInFailed;
import nashir.account.XSignInSettings;
import nashir.alert.AlertInbox;
import nashir.account.AllAccounts;
import nashir.account.AppAccounts;
import nashir.cost.PostPrices;
import nashir.cost.XPrices;
import nashir.publish.Network;
import nashir.publish.NetworkProfile;
import nashir.publish.Publishers;
import nashir.queue.AccountStates;
import nashir.queue.Post;
import nashir.queue.PostEditor;
import nashir.queue.PostQueue;
import nashir.queue.PostStatus;
import nashir.schedule.FeedStatuses;
import nashir.schedule.ScheduleCatalog;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.BDDMockito.given;

/**
 * The web layer alone: every controller, the real security rules, templates and messages, with
 * the features behind it mocked. Shared by the web tests so they run in one Spring context.
 */
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "nashir\\.feed\\..*"))
@Import({ SecurityConfiguration.class, Views.class, Reasons.class, PreviewCards.class, WebSlice.Fixed.class,
		Toasts.class, SendTimes.class, DueTimes.class, Costs.class, ChannelCounts.class, NetworkConnect.class,
		WebSlice.Checks.class })
@EnableConfigurationProperties({ PreviewSettings.class, XSignInSettings.class })
@TestPropertySource(properties = "nashir.web.time-zone=UTC")
abstract class WebSlice {

	static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

	static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)> عاجل: انفجار في الميناء";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PostQueue queue;

	@MockitoBean
	PostLog log;

	@MockitoBean
	PostEditor editor;

	@MockitoBean
	EditorActions actions;

	@MockitoBean
	ScheduleCatalog schedules;

	@MockitoBean
	FeedStatuses feeds;

	@MockitoBean
	FeedCards feedCards;

	@MockitoBean
	FeedChanges feedChanges;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	UserAccounts users;

	@MockitoBean
	DashboardStats stats;

	@MockitoBean
	AccountStates accountStates;

	@MockitoBean
	AllAccounts accountDirectory;

	@MockitoBean
	AppAccounts appAccounts;

	/** By name: the connect fragment asks {@code @xSignIn} whether the X app is set. */
	@MockitoBean(name = "xSignIn")
	XSignIn xSignIn;

	/** By name: the header's bell asks {@code @alertInbox} on every page. */
	@MockitoBean(name = "alertInbox")
	AlertInbox alertInbox;

	/** Imported, never scanned: not a {@code @Component}, so the running application cannot pick it up. */
	static class Fixed {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

		@Bean
		PostPrices postPrices() {
			return new PostPrices(XPrices.DEFAULTS);
		}

		/** Each network's count, by the accounts the test gives {@code accountDirectory}. */
		@Bean
		Publishers publishers(AllAccounts accounts) {
			return new Publishers(accounts, TestChannel.all());
		}

	}

	/** The networks' checks of the connect forms, answering as each test tells them. */
	static class Checks {

		@Bean
		FakeConnectCheck telegramCheck() {
			return new FakeConnectCheck(Network.TELEGRAM, new NetworkProfile("-1001862", "@ofoq_news",
					"أفق الإخبارية", null, "https://t.me/ofoq_news"));
		}

		@Bean
		FakeConnectCheck mastodonCheck() {
			return new FakeConnectCheck(Network.MASTODON, new NetworkProfile("109862", "@ofoq@mastodon.social",
					"أفق Ofoq", null, "https://mastodon.social/@ofoq"));
		}

		@Bean
		FakeConnectCheck blueskyCheck() {
			return new FakeConnectCheck(Network.BLUESKY, new NetworkProfile("did:plc:ewvi7nxzyoun6zhxrhs64oiz",
					"ofoq.bsky.social", "أفق", null, "https://bsky.app/profile/ofoq.bsky.social"));
		}

	}

	@BeforeEach
	void emptyButWorkingFeatures() throws XSignInFailed {
		given(stats.lastWeek()).willReturn(new DashboardStats.Stats(new long[0], Map.of(), new int[0], new long[0],
				new double[0], 0, 0, 0, 0));
		given(accountDirectory.names()).willReturn(new TreeSet<>());
		PendingSignIn pending = new PendingSignIn("ofoq", false, new XApp("ck", "cs"), "rt", "rts",
				"https://api.x.com/oauth/authorize?oauth_token=rt", NOW.plusSeconds(600));
		given(xSignIn.start(any(), anyBoolean())).willReturn(pending);
		given(xSignIn.finish(any(), any(), any(), any())).willReturn(new XConnection("ofoq", pending.app(), "at", "ats",
				new XProfile("1862", "ofoq_news", "أفق نيوز", null)));
	}

	static Post aPost(long id, String text, PostStatus status) {
		return new Post(id, "ofoq", "main", "k" + id, text, "https://ofoq.example.com/" + id, text, null, status, false,
				NOW.plusSeconds(600), NOW, NOW, 0, false, status == PostStatus.PUBLISHED ? "1862" : null, false, null,
				NOW, NOW, status == PostStatus.PUBLISHED ? NOW : null, null, null, false, null);
	}

	/** The same post, on another account. */
	static Post onAccount(Post post, String account) {
		return new Post(post.id(), post.scheduleId(), account, post.itemKey(), post.title(), post.link(), post.text(),
				post.imageUrl(), post.status(), post.urgent(), post.dueAt(), post.storyAt(), post.detectedAt(),
				post.attempts(), post.reclaimed(), post.tweetId(), post.dryRun(), post.error(), post.createdAt(),
				post.updatedAt(), post.publishedAt(), post.errorReason(), post.cost(), post.budgetOverride(),
				post.publishedUrl());
	}

	static List<Post> hostilePosts() {
		return List.of(aPost(1, HOSTILE, PostStatus.QUEUED));
	}

}
