package nashir.schedule;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nashir.NashirTest;
import nashir.account.AppAccounts;
import nashir.account.AppSettings;
import nashir.account.NetworkConnection;
import nashir.account.XApp;
import nashir.account.XConnection;
import nashir.feed.FeedItem;
import nashir.publish.Account;
import nashir.publish.Budget;
import nashir.publish.Network;
import nashir.publish.NetworkProfile;
import nashir.queue.Post;
import nashir.queue.PostQueue;
import nashir.queue.PostStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account's default template (set on /accounts) writes its posts where a schedule names no
 * template; a schedule's own {@code template:} or {@code templates:} entry still decides.
 */
@NashirTest
class AccountTemplateTests {

	static final FeedItem STORY = new FeedItem("k-1", "k-1", "قمة “بوتين وبايدن”.. اتفاق على إطلاق حوار شامل قريبا",
			URI.create("https://ofoq.example.com/2021/06/16/summit/"), Instant.parse("2026-12-02T08:00:00Z"), List.of(),
			null, null, null);

	@Autowired
	AppAccounts accounts;

	@Autowired
	AppSchedules schedules;

	@Autowired
	FeedPoller poller;

	@Autowired
	PostQueue queue;

	@Test
	void shouldWriteWithTheAccountsTemplateWhereTheScheduleNamesNone() throws Exception {
		accounts.saveConnection(new XConnection("ofoq_desk", new XApp("ck", "cs"), "", "", null), "admin");
		accounts.updateSettings("ofoq_desk", new AppSettings(true, Duration.ZERO, 0, null, "عاجل | {title}\n{link}",
				Budget.NONE), "admin");
		String feed = "feed: https://ofoq.example.com/feed/\nevery: 60s\naccounts: [ofoq_desk, main]\n";

		Schedule none = schedules.create("desk-default", feed);
		poller.accept(none.feedSource(), List.of(STORY));
		Schedule own = schedules.create("desk-own", feed + "template: \"{title} {link}\"\n");
		poller.accept(own.feedSource(), List.of(STORY));

		assertThat(text("desk-default", "ofoq_desk")).startsWith("عاجل | قمة “بوتين وبايدن”");
		assertThat(text("desk-default", "main")).as("an account without one: the built-in template")
			.startsWith("قمة “بوتين وبايدن”.. اتفاق على إطلاق حوار شامل قريبا\nhttps://");
		assertThat(text("desk-own", "ofoq_desk")).as("the schedule's own template decides")
			.startsWith("قمة “بوتين وبايدن”.. اتفاق على إطلاق حوار شامل قريبا https://");
	}

	@Test
	void shouldNameTheNetworkAndItsCountWhenAPostIsTooLongEvenShortened() throws Exception {
		Account telegram = new Account(null, null, null, null, false, Duration.ZERO, 0, null, null, Budget.NONE, null,
				Network.TELEGRAM, "123456:secret-bot-token", "@ofoq_news", null, null, null, null);
		accounts.saveNetworkConnection(new NetworkConnection("ofoq_tg", telegram,
				new NetworkProfile("-100123", "@ofoq_news", "أفق نيوز", null, "https://t.me/ofoq_news")), "admin");
		// A fixed text longer than Telegram's 4,096: no shortening of the headline can make it fit.
		String feed = "feed: https://ofoq.example.com/feed/\nevery: 60s\naccounts: [ofoq_tg, main]\ntemplate: \""
				+ "عاجل من صنعاء ".repeat(300) + "{title} {link}\"\n";
		Schedule schedule = schedules.create("too-long", feed);
		poller.accept(schedule.feedSource(), List.of(STORY));

		assertThat(reason("too-long", "ofoq_tg")).isEqualTo("too long for Telegram even when shortened (4245/4096)");
		assertThat(reason("too-long", "main")).matches("too long for X even when shortened \\(\\d+/280\\)");
	}

	private String reason(String schedule, String account) {
		Post post = queue.latest(50).stream()
			.filter(p -> p.scheduleId().equals(schedule) && p.account().equals(account))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no post of " + schedule + " for " + account));
		assertThat(post.status()).isEqualTo(PostStatus.REVIEW);
		return queue.events(post.id()).get(0).detail();
	}

	private String text(String schedule, String account) {
		return queue.latest(50).stream()
			.filter(post -> post.scheduleId().equals(schedule) && post.account().equals(account))
			.map(Post::text)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no post of " + schedule + " for " + account));
	}

}
