package nashir.queue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import nashir.NashirTest;
import nashir.PublishedEvents;
import nashir.TestClock;
import nashir.publish.PublishOutcome;
import nashir.publish.Publisher;
import nashir.publish.Publishers;
import nashir.publish.RateLimitStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Budgets in the dispatcher: a post that would pass its account's budget waits (not failed, not
 * sent) until the newsroom's next day or month (Asia/Aden: 21:00 UTC), or until an editor lets it
 * through. Each post here has a link: $0.20.
 */
@NashirTest
@TestPropertySource(properties = { "nashir.web.time-zone=Asia/Aden",
		"nashir.accounts.daily.consumer-key=ck", "nashir.accounts.daily.consumer-secret=cs",
		"nashir.accounts.daily.access-token=at", "nashir.accounts.daily.access-token-secret=as",
		"nashir.accounts.daily.budget.daily=0.40",
		"nashir.accounts.monthly.consumer-key=ck", "nashir.accounts.monthly.consumer-secret=cs",
		"nashir.accounts.monthly.access-token=at", "nashir.accounts.monthly.access-token-secret=as",
		"nashir.accounts.monthly.budget.monthly=0.40" })
class BudgetTests {

	@MockitoBean
	Publishers publishers;

	Publisher toX = mock(Publisher.class);

	Publisher dryRun = mock(Publisher.class);

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	PostQueue queue;

	@Autowired
	PostEditor editor;

	@Autowired
	AccountStates accounts;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConfigurableApplicationContext context;

	@BeforeEach
	void setUp() {
		// 22:00 in Aden: its midnight comes at 21:00 UTC, three hours before UTC's.
		clock.set(Instant.parse("2026-11-29T19:00:00Z"));
		jdbc.sql("DELETE FROM post_event").update();
		jdbc.sql("DELETE FROM post").update();
		jdbc.sql("DELETE FROM account_state").update();
		given(publishers.forAccount("daily")).willReturn(toX);
		given(publishers.forAccount("monthly")).willReturn(toX);
		given(publishers.forAccount("main")).willReturn(dryRun);
		given(toX.publish(any())).willReturn(new PublishOutcome.Published("1862", false, null, RateLimitStatus.UNKNOWN));
		given(dryRun.publish(any())).willReturn(new PublishOutcome.Published("dry-run-1", true, null, RateLimitStatus.UNKNOWN));
	}

	private Post queued(String account, String key) {
		return queue.enqueue(PostQueueTests.story(account, key, clock.instant()), "new story").orElseThrow();
	}

	private Post reload(Post post) {
		return queue.find(post.id()).orElseThrow();
	}

	@Test
	void shouldRecordWhatXChargedForAPublishedPostAndNothingInDryRun() {
		Post paid = queued("daily", "1");
		Post notSent = queued("main", "1");

		dispatcher.dispatch().join();

		assertThat(reload(paid).cost()).isEqualByComparingTo("0.20");
		assertThat(reload(notSent).status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(reload(notSent).cost()).isNull();
		assertThat(accounts.status("daily").spendToday()).isEqualByComparingTo("0.20");
		assertThat(accounts.status("main").spendToday()).isEqualByComparingTo("0");
	}

	@Test
	void shouldHoldAPostThatWouldPassTheBudgetWithItsReasonWhileOtherAccountsGoOn() {
		Post first = queued("daily", "1");
		Post second = queued("daily", "2");
		Post third = queued("daily", "3");
		Post other = queued("main", "1");

		try (PublishedEvents published = PublishedEvents.listen(context)) {
			dispatcher.dispatch().join();
			clock.advance(Duration.ofMinutes(5));
			dispatcher.dispatch().join();
			dispatcher.dispatch().join();

			assertThat(published.of(BudgetReached.class)).as("once per spell")
				.containsExactly(new BudgetReached("daily", "2026-11-29", new BigDecimal("0.40"), new BigDecimal("0.4000"),
						Instant.parse("2026-11-29T19:00:00Z")));
		}
		verify(toX, times(2)).publish(any());
		assertThat(List.of(reload(first).status(), reload(second).status())).containsOnly(PostStatus.PUBLISHED);
		Post held = reload(third);
		assertThat(held.status()).isEqualTo(PostStatus.QUEUED);
		assertThat(held.attempts()).isZero();
		assertThat(reload(other).status()).isEqualTo(PostStatus.PUBLISHED);

		AccountStatus status = accounts.status("daily");
		assertThat(status.state()).isEqualTo(AccountStatus.State.BUDGET_SPENT);
		assertThat(status.budgetWait().key()).isEqualTo("budget.spent.daily");
		assertThat(status.budgetWait().english()).isEqualTo("the daily budget of $0.4 for 2026-11-29 is spent");
		assertThat(accounts.sendTimes("daily", List.of(held)))
			.as("the queue shows when it goes: the newsroom's midnight")
			.containsExactly(Map.entry(held.id(), Instant.parse("2026-11-29T21:00:00Z")));
	}

	@Test
	void shouldGoOnAtTheNewsroomsMidnightNotUtcs() {
		queued("daily", "1");
		queued("daily", "2");
		Post third = queued("daily", "3");
		dispatcher.dispatch().join();

		clock.set(Instant.parse("2026-11-29T20:59:59Z"));
		dispatcher.dispatch().join();
		assertThat(reload(third).status()).isEqualTo(PostStatus.QUEUED);

		clock.set(Instant.parse("2026-11-29T21:00:00Z"));
		dispatcher.dispatch().join();
		assertThat(reload(third).status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(accounts.status("daily").state()).isEqualTo(AccountStatus.State.OK);
		assertThat(accounts.status("daily").spendToday()).isEqualByComparingTo("0.20");
	}

	@Test
	void shouldRollTheMonthOverInAden() {
		clock.set(Instant.parse("2026-11-30T18:00:00Z"));
		queued("monthly", "1");
		queued("monthly", "2");
		Post third = queued("monthly", "3");
		try (PublishedEvents published = PublishedEvents.listen(context)) {
			dispatcher.dispatch().join();
			assertThat(published.of(BudgetReached.class)).extracting(BudgetReached::period).containsExactly("November");
		}
		assertThat(reload(third).status()).isEqualTo(PostStatus.QUEUED);
		assertThat(accounts.status("monthly").budgetWait().english()).isEqualTo("November's budget of $0.4 is spent");

		clock.set(Instant.parse("2026-11-30T21:00:00Z"));
		dispatcher.dispatch().join();
		assertThat(reload(third).status()).as("December has begun in Aden").isEqualTo(PostStatus.PUBLISHED);
		AccountStatus december = accounts.status("monthly");
		assertThat(december.spendMonth()).isEqualByComparingTo("0.20");
		assertThat(december.budgetWait()).isNull();
	}

	@Test
	void shouldSendAPostAnEditorLetPastTheBudget() {
		queued("daily", "1");
		queued("daily", "2");
		Post urgent = queued("daily", "3");
		dispatcher.dispatch().join();
		assertThat(reload(urgent).status()).isEqualTo(PostStatus.QUEUED);

		assertThat(editor.allowOverBudget(urgent.id(), true, "layla").budgetOverride()).isTrue();
		dispatcher.dispatch().join();

		Post sent = reload(urgent);
		assertThat(sent.status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(sent.cost()).as("charged all the same").isEqualByComparingTo("0.20");
		assertThat(accounts.status("daily").spendToday()).isEqualByComparingTo("0.60");
		assertThat(queue.events(urgent.id())).extracting(PostEvent::detail).contains("let past the budget by layla");
	}

	@Test
	void shouldNotHoldAnAccountWithoutABudget() {
		for (int i = 0; i < 5; i++) {
			queued("main", "k" + i);
		}
		dispatcher.dispatch().join();
		verify(dryRun, times(5)).publish(any());
		verify(toX, never()).publish(any());
	}

}
