package nashir.schedule;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nashir.NashirTest;
import nashir.account.AppAccounts;
import nashir.account.AppSettings;
import nashir.account.XApp;
import nashir.account.XConnection;
import nashir.feed.FeedItem;
import nashir.publish.Budget;
import nashir.queue.Post;
import nashir.queue.PostQueue;
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

	private String text(String schedule, String account) {
		return queue.latest(50).stream()
			.filter(post -> post.scheduleId().equals(schedule) && post.account().equals(account))
			.map(Post::text)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no post of " + schedule + " for " + account));
	}

}
