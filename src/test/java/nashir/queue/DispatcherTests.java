package nashir.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nashir.NashirTest;
import nashir.PublishedEvents;
import nashir.TestClock;
import nashir.publish.AccountPause;
import nashir.publish.OutgoingPost;
import nashir.publish.PublishOutcome;
import nashir.publish.Publisher;
import nashir.publish.Publishers;
import nashir.publish.RateLimitStatus;
import nashir.text.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

@NashirTest
class DispatcherTests {

	@MockitoBean
	Publishers publishers;

	Publisher publisher = mock(Publisher.class);

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	PostQueue queue;

	@Autowired
	PostStateMachine states;

	@Autowired
	PostRepository posts;

	@Autowired
	RetryPolicy retry;

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
		clock.set(Instant.parse("2026-11-29T08:00:00Z"));
		jdbc.sql("DELETE FROM post_event").update();
		jdbc.sql("DELETE FROM post").update();
		jdbc.sql("DELETE FROM account_state").update();
		given(publishers.forAccount("main")).willReturn(publisher);
	}

	private Post queued(String key) {
		return queue.enqueue(PostQueueTests.story("main", key, clock.instant()), "new story").orElseThrow();
	}

	private Post reload(Post post) {
		return queue.find(post.id()).orElseThrow();
	}

	@Test
	void shouldPublishADuePostAndKeepItsTweetId() {
		Post post = queued("1");
		given(publisher.publish(any())).willReturn(new PublishOutcome.Published("1862", false, null, RateLimitStatus.UNKNOWN));

		dispatcher.dispatch().join();

		ArgumentCaptor<OutgoingPost> sent = ArgumentCaptor.forClass(OutgoingPost.class);
		verify(publisher).publish(sent.capture());
		assertThat(sent.getValue().text()).isEqualTo(post.text());
		assertThat(sent.getValue().altText()).isEqualTo(PostQueueTests.TITLE);
		Post published = reload(post);
		assertThat(published.status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(published.tweetId()).isEqualTo("1862");
		assertThat(published.attempts()).isEqualTo(1);
		assertThat(queue.events(post.id())).extracting(PostEvent::to)
			.containsExactly(PostStatus.QUEUED, PostStatus.PUBLISHING, PostStatus.PUBLISHED);
	}

	@Test
	void shouldTakeTheArticlePagesImageWhenThePostIsSentNotWhenItIsQueued() {
		com.github.tomakehurst.wiremock.WireMockServer site = new com.github.tomakehurst.wiremock.WireMockServer(
				com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().dynamicPort());
		site.start();
		try {
			site.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/2026/11/29/story/")
				.willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
					.withHeader("Content-Type", "text/html; charset=UTF-8")
					.withBody("<html><head><meta property=\"og:image\" content=\"/uploads/story.jpg\"></head></html>")));
			String link = site.baseUrl() + "/2026/11/29/story/";
			Post post = queue.enqueue(new NewPost("ofoq", "main", "img", "عنوان", link, "عنوان " + link, null, false,
					false, clock.instant(), null, clock.instant(), true), "new story").orElseThrow();
			assertThat(site.getAllServeEvents()).as("nothing is read while queuing").isEmpty();
			given(publisher.publish(any())).willReturn(new PublishOutcome.Published("9", false, null, RateLimitStatus.UNKNOWN));

			dispatcher.dispatch().join();

			ArgumentCaptor<OutgoingPost> sent = ArgumentCaptor.forClass(OutgoingPost.class);
			verify(publisher).publish(sent.capture());
			assertThat(sent.getValue().imageUrl()).isEqualTo(site.baseUrl() + "/uploads/story.jpg");
			assertThat(reload(post).imageUrl()).isEqualTo(site.baseUrl() + "/uploads/story.jpg");
		}
		finally {
			site.stop();
		}
	}

	@Test
	void shouldNotSendAPostBeforeItIsDue() {
		queue.enqueue(new NewPost(null, "main", null, null, null, "لاحقا", null, false, false,
				clock.instant().plus(Duration.ofHours(1)), null, clock.instant()), "editor");
		dispatcher.dispatch().join();
		verify(publisher, never()).publish(any());
	}

	@Test
	void shouldMarkADuplicateAnswerDuplicate() {
		Post post = queued("1");
		given(publisher.publish(any())).willReturn(new PublishOutcome.Duplicate("You are not allowed to create a Tweet with duplicate content."));
		dispatcher.dispatch().join();
		assertThat(reload(post).status()).isEqualTo(PostStatus.DUPLICATE);
		assertThat(reload(post).error()).contains("duplicate content");
	}

	@Test
	void shouldFailAPermanentErrorWithoutRetrying() {
		Post post = queued("1");
		given(publisher.publish(any())).willReturn(new PublishOutcome.PermanentFailure(Reason.read("X refused the post: Invalid Request")));
		try (PublishedEvents published = PublishedEvents.listen(context)) {
			dispatcher.dispatch().join();
			clock.advance(Duration.ofDays(1));
			dispatcher.dispatch().join();
			assertThat(published.of(PostFailed.class)).containsExactly(new PostFailed(post.id(), post.account(),
					post.title(), "X refused the post: Invalid Request", clock.instant().minus(Duration.ofDays(1))));
		}
		verify(publisher, times(1)).publish(any());
		assertThat(reload(post).status()).isEqualTo(PostStatus.FAILED);
		assertThat(reload(post).error()).isEqualTo("X refused the post: Invalid Request");
	}

	@Test
	void shouldPauseTheAccountOnUnauthorizedAndKeepItsPostsUntilResumed() {
		Post first = queued("1");
		Post second = queued("2");
		given(publisher.publish(any())).willReturn(new PublishOutcome.AccountPaused(
						new AccountPause(AccountPause.Kind.CREDENTIALS, Reason.read("X refused the credentials of account main"))),
				new PublishOutcome.Published("1", false, null, RateLimitStatus.UNKNOWN),
				new PublishOutcome.Published("2", false, null, RateLimitStatus.UNKNOWN));

		dispatcher.dispatch().join();
		dispatcher.dispatch().join();
		verify(publisher, times(1)).publish(any());
		assertThat(reload(first).status()).isEqualTo(PostStatus.QUEUED);
		assertThat(reload(first).error()).contains("credentials of account main");
		assertThat(reload(first).attempts()).isZero();
		assertThat(reload(second).status()).isEqualTo(PostStatus.QUEUED);
		AccountStatus paused = accounts.status("main");
		assertThat(paused.state()).isEqualTo(AccountStatus.State.PAUSED);
		assertThat(paused.pause().reason()).contains("credentials");
		assertThat(paused.nextProbeAt()).as("only an operator ends a credentials pause").isNull();

		assertThat(accounts.resume("main")).isTrue();
		dispatcher.dispatch().join();
		assertThat(reload(first).status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(reload(second).status()).isEqualTo(PostStatus.PUBLISHED);
	}

	@Test
	void shouldCutAnOverlongNoteToItsColumnRatherThanLoseTheResult() {
		Post published = queued("1");
		Post failed = queued("2");
		String note = "الصورة لم تُرفق: " + "خبر عاجل 🇺🇳 ".repeat(400);
		given(publisher.publish(any())).willReturn(new PublishOutcome.Published("1862", false, Reason.read(note), RateLimitStatus.UNKNOWN),
				new PublishOutcome.PermanentFailure(Reason.read(note)));

		dispatcher.dispatch().join();

		assertThat(reload(published).status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(reload(published).error()).hasSize(FreeText.MAX).startsWith("الصورة لم تُرفق").endsWith("…");
		assertThat(reload(failed).status()).isEqualTo(PostStatus.FAILED);
		assertThat(queue.events(failed.id()).get(2).detail()).hasSizeLessThanOrEqualTo(FreeText.MAX);
	}

	@Test
	void shouldKeepAllPostsQueuedWhileAnAccountIsPausedForCreditsAndProbeEveryInterval() {
		Post first = queued("1");
		Post second = queued("2");
		AccountPause noCredits = new AccountPause(AccountPause.Kind.CREDITS, Reason.read("402 CreditsDepleted"));
		given(publisher.publish(any())).willReturn(new PublishOutcome.AccountPaused(noCredits),
				new PublishOutcome.AccountPaused(noCredits),
				new PublishOutcome.Published("1", false, null, RateLimitStatus.UNKNOWN),
				new PublishOutcome.Published("2", false, null, RateLimitStatus.UNKNOWN));

		dispatcher.dispatch().join();
		clock.advance(Duration.ofMinutes(14));
		dispatcher.dispatch().join();
		verify(publisher, times(1)).publish(any());

		clock.advance(Duration.ofMinutes(1));
		dispatcher.dispatch().join();
		verify(publisher, times(2)).publish(any());
		assertThat(accounts.status("main").nextProbeAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));

		clock.advance(Duration.ofMinutes(15));
		dispatcher.dispatch().join();
		verify(publisher, times(4)).publish(any());
		assertThat(reload(first).status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(reload(second).status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(accounts.status("main").state()).isEqualTo(AccountStatus.State.OK);
	}

	@Test
	void shouldRetryATransientErrorWithBackoffThenGiveUp() {
		Post post = queued("1");
		given(publisher.publish(any())).willReturn(new PublishOutcome.TransientFailure(Reason.read("X answered 503"), null));

		dispatcher.dispatch().join();
		Post waiting = reload(post);
		assertThat(waiting.status()).isEqualTo(PostStatus.RETRY_WAIT);
		assertThat(waiting.dueAt()).isAfter(clock.instant().plus(retry.initialBackoff().multipliedBy(7).dividedBy(10)));

		dispatcher.dispatch().join();
		verify(publisher, times(1)).publish(any());

		for (int attempt = 2; attempt <= retry.maxAttempts(); attempt++) {
			clock.advance(retry.maxBackoff().multipliedBy(2));
			dispatcher.dispatch().join();
		}
		verify(publisher, times(retry.maxAttempts())).publish(any());
		Post failed = reload(post);
		assertThat(failed.status()).isEqualTo(PostStatus.FAILED);
		assertThat(failed.attempts()).isEqualTo(retry.maxAttempts());
		assertThat(failed.error()).isEqualTo("X answered 503");
	}

	@Test
	void shouldSucceedWhenATransientErrorPasses() {
		Post post = queued("1");
		given(publisher.publish(any())).willReturn(new PublishOutcome.TransientFailure(Reason.read("X answered 503"), null),
				new PublishOutcome.Published("77", false, null, RateLimitStatus.UNKNOWN));
		dispatcher.dispatch().join();
		clock.advance(retry.maxBackoff().multipliedBy(2));
		dispatcher.dispatch().join();
		assertThat(reload(post).status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(reload(post).tweetId()).isEqualTo("77");
	}

	@Test
	void shouldWaitForTheRateLimitResetWithoutUsingAnAttemptOrSendingMeanwhile() {
		Post post = queued("1");
		Post other = queued("2");
		Instant reset = clock.instant().plus(Duration.ofMinutes(15));
		given(publisher.publish(any())).willReturn(
				new PublishOutcome.RateLimited(reset, Reason.read("X answered 429"), RateLimitStatus.UNKNOWN),
				new PublishOutcome.Published("1", false, null, RateLimitStatus.UNKNOWN));
		dispatcher.dispatch().join();
		Post waiting = reload(post);
		assertThat(waiting.status()).isEqualTo(PostStatus.QUEUED);
		assertThat(waiting.dueAt()).isEqualTo(reset);
		assertThat(waiting.attempts()).isZero();
		assertThat(accounts.status("main").state()).isEqualTo(AccountStatus.State.RATE_LIMITED);

		clock.advance(Duration.ofMinutes(14));
		dispatcher.dispatch().join();
		verify(publisher, times(1)).publish(any());
		assertThat(reload(other).status()).isEqualTo(PostStatus.QUEUED);

		clock.advance(Duration.ofMinutes(2));
		dispatcher.dispatch().join();
		assertThat(reload(post).status()).isEqualTo(PostStatus.PUBLISHED);
	}

	@Test
	void shouldSendNothingWhileTheQuotaIsKnownToBeUsedUp() {
		queued("1");
		Post second = queued("2");
		Instant reset = clock.instant().plus(Duration.ofHours(3));
		given(publisher.publish(any())).willReturn(new PublishOutcome.Published("1", false, null,
				new RateLimitStatus(100, 5, clock.instant().plusSeconds(900), 17, 0, reset)));
		dispatcher.dispatch().join();
		verify(publisher, times(1)).publish(any());
		assertThat(reload(second).status()).isEqualTo(PostStatus.QUEUED);
		AccountStatus status = accounts.status("main");
		assertThat(status.state()).isEqualTo(AccountStatus.State.RATE_LIMITED);
		assertThat(status.blockedUntil()).isEqualTo(reset);
		assertThat(status.quota().dailyRemaining()).isZero();
	}

	@Test
	void shouldSpreadABurstByTheAccountsMinimumIntervalAndStopAtItsDailyCap() {
		given(publishers.forAccount("paced")).willReturn(publisher);
		given(publisher.publish(any())).willReturn(new PublishOutcome.Published("1", true, null, RateLimitStatus.UNKNOWN));
		for (int i = 0; i < 5; i++) {
			queue.enqueue(PostQueueTests.story("paced", "burst-" + i, clock.instant()), "new story");
		}
		dispatcher.dispatch().join();
		dispatcher.dispatch().join();
		verify(publisher, times(1)).publish(any());

		clock.advance(Duration.ofMinutes(10));
		dispatcher.dispatch().join();
		verify(publisher, times(2)).publish(any());

		clock.advance(Duration.ofMinutes(10));
		dispatcher.dispatch().join();
		verify(publisher, times(2)).publish(any());
		assertThat(accounts.status("paced").state()).isEqualTo(AccountStatus.State.CAPPED);

		clock.advance(Duration.ofHours(24));
		dispatcher.dispatch().join();
		verify(publisher, times(3)).publish(any());
	}

	@Test
	void shouldPlanItsNextLookForTheFirstPostOrClaimThatFallsDue() {
		Instant now = clock.instant();
		dispatcher.dispatch().join();
		assertThat(dispatcher.nextLook()).as("nothing waits").isEqualTo(now.plus(Dispatcher.LONGEST_WAIT));

		Instant due = now.plusSeconds(4);
		queue.enqueue(new NewPost(null, "main", null, null, null, "بعد أربع ثوان", null, false, false, due, null, now),
				"editor");
		dispatcher.dispatch().join();
		assertThat(dispatcher.nextLook()).as("a post falls due").isEqualTo(due);

		Post retrying = queued("retry");
		states.move(retrying.id(), PostStatus.QUEUED, PostStatus.PUBLISHING, "claimed");
		states.move(retrying.id(), PostStatus.PUBLISHING, PostStatus.RETRY_WAIT, "no answer",
				Map.of("due_at", now.plusSeconds(3)));
		dispatcher.dispatch().join();
		assertThat(dispatcher.nextLook()).as("a retry falls due").isEqualTo(now.plusSeconds(3));

		Post claimed = queued("claimed");
		states.move(claimed.id(), PostStatus.QUEUED, PostStatus.PUBLISHING, "claimed by another node",
				Map.of("claimed_until", now.plusSeconds(2)));
		dispatcher.dispatch().join();
		assertThat(dispatcher.nextLook()).as("another node's claim runs out").isEqualTo(now.plusSeconds(2));
		verify(publisher, never()).publish(any());
	}

	@Test
	void shouldSendAQueuedPostAtOnceAndLookAgainByTheTimeOfALaterOne() {
		given(publisher.publish(any())).willReturn(new PublishOutcome.Published("1", false, null, RateLimitStatus.UNKNOWN));
		Instant now = clock.instant();
		dispatcher.dispatch().join();
		Post due = queued("now");
		Instant later = now.plusSeconds(2);

		dispatcher.queued("main", now);
		dispatcher.queued("main", later);

		await().atMost(Duration.ofSeconds(5)).until(() -> reload(due).status() == PostStatus.PUBLISHED);
		assertThat(dispatcher.nextLook()).isEqualTo(later);
	}

	/** In a burst of stories the next post is the first entry of the account's index, not a sort of every due post. */
	@Test
	void shouldTakeAnAccountsNextPostFromItsIndexUrgentFirst() {
		for (int i = 0; i < 50; i++) {
			queued("burst-" + i);
		}
		Post urgent = queue.enqueue(new NewPost(null, "main", null, null, null, "عاجل: خبر فوري", null, false, true,
				clock.instant(), null, clock.instant()), "editor").orElseThrow();

		String plan = jdbc.sql("EXPLAIN ANALYZE " + PostRepository.DUE)
			.param("account", "main")
			.param("now", Timestamps.utc(clock.instant()))
			.param("limit", 1)
			.query(String.class)
			.single();

		assertThat(plan).contains("IX_POST_ACCOUNT_DUE").contains("index sorted").contains("scanCount: 1");
		assertThat(posts.due("main", clock.instant(), 2)).extracting(Post::id).first().isEqualTo(urgent.id());
	}

	@Test
	void shouldLeaveTheAccountsSlotOpenWhenThePostMovedBetweenTheLookAndTheClaim() {
		given(publishers.forAccount("paced")).willReturn(publisher);
		given(publisher.publish(any())).willReturn(new PublishOutcome.Published("1", true, null, RateLimitStatus.UNKNOWN));
		Post canceled = queue.enqueue(PostQueueTests.story("paced", "canceled", clock.instant()), "new story")
			.orElseThrow();
		Post next = queue.enqueue(PostQueueTests.story("paced", "next", clock.instant()), "new story").orElseThrow();
		MovedMeanwhile.post.set(canceled.id());
		jdbc.sql("CREATE TRIGGER moved_meanwhile BEFORE UPDATE ON account_state FOR EACH ROW CALL \""
				+ MovedMeanwhile.class.getName() + "\"").update();
		try {
			dispatcher.dispatch().join();
		}
		finally {
			jdbc.sql("DROP TRIGGER moved_meanwhile").update();
		}

		assertThat(MovedMeanwhile.post).as("the trigger canceled the post").hasValue(0);
		assertThat(reload(canceled).status()).isEqualTo(PostStatus.CANCELED);
		assertThat(reload(next).status()).as("the slot the canceled post did not use").isEqualTo(PostStatus.PUBLISHED);
		verify(publisher, times(1)).publish(any());
	}

	@Test
	void shouldLookAgainWhenItsAccountsMinimumIntervalLetsAHeldPostGo() {
		given(publishers.forAccount("paced")).willReturn(publisher);
		given(publisher.publish(any())).willReturn(new PublishOutcome.Published("1", true, null, RateLimitStatus.UNKNOWN));
		Instant first = clock.instant();
		queue.enqueue(PostQueueTests.story("paced", "first", first), "new story");
		dispatcher.dispatch().join();
		queue.enqueue(PostQueueTests.story("paced", "second", first), "new story");

		clock.advance(Duration.ofMinutes(10).minusSeconds(2));
		dispatcher.dispatch().join();

		verify(publisher, times(1)).publish(any());
		assertThat(dispatcher.nextLook()).as("two seconds on, not five").isEqualTo(first.plus(Duration.ofMinutes(10)));
	}

	@Test
	void shouldSendEachWaitingPostAtTheTimeTheQueueShowsForIt() {
		given(publishers.forAccount("paced")).willReturn(publisher);
		given(publisher.publish(any())).willReturn(new PublishOutcome.Published("1", true, null, RateLimitStatus.UNKNOWN));
		Instant start = clock.instant();
		List<Post> burst = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			burst.add(queue.enqueue(PostQueueTests.story("paced", "times-" + i, start), "new story").orElseThrow());
		}
		dispatcher.dispatch().join();
		List<Post> waiting = burst.subList(1, 3).stream().map(this::reload).toList();
		Map<Long, Instant> times = accounts.sendTimes("paced", waiting);
		// Ten minutes' pacing after the first, then the daily cap of 2 until the first ages out.
		assertThat(times).containsEntry(waiting.get(0).id(), start.plus(Duration.ofMinutes(10)))
			.containsEntry(waiting.get(1).id(), start.plus(Duration.ofHours(24)));

		for (Post post : waiting) {
			clock.set(times.get(post.id()).minusSeconds(1));
			dispatcher.dispatch().join();
			assertThat(reload(post).status()).as("a second before its time").isEqualTo(PostStatus.QUEUED);
			clock.set(times.get(post.id()));
			dispatcher.dispatch().join();
			assertThat(reload(post).status()).as("at its time").isEqualTo(PostStatus.PUBLISHED);
		}
	}

	@Test
	void shouldHoldAllButUrgentPostsInTheAccountsQuietHours() {
		given(publishers.forAccount("night")).willReturn(publisher);
		given(publisher.publish(any())).willReturn(new PublishOutcome.Published("1", true, null, RateLimitStatus.UNKNOWN));
		clock.set(Instant.parse("2026-11-29T21:30:00Z"));
		Post calm = queue.enqueue(PostQueueTests.story("night", "calm", clock.instant()), "new story").orElseThrow();
		Post urgent = queue.enqueue(new NewPost(null, "night", null, null, null, "عاجل: زلزال", null, false, true,
				clock.instant(), null, clock.instant()), "editor").orElseThrow();

		dispatcher.dispatch().join();
		assertThat(reload(urgent).status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(reload(calm).status()).isEqualTo(PostStatus.QUEUED);
		assertThat(accounts.status("night").state()).isEqualTo(AccountStatus.State.QUIET);

		clock.set(Instant.parse("2026-11-30T03:00:00Z"));
		dispatcher.dispatch().join();
		assertThat(reload(calm).status()).isEqualTo(PostStatus.PUBLISHED);
	}

	@Test
	void shouldNotLetOneAccountsSlowXHoldUpAnother() throws Exception {
		Publisher slow = mock(Publisher.class);
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		given(publishers.forAccount("paced")).willReturn(slow);
		given(slow.publish(any())).willAnswer(call -> {
			release.await(10, java.util.concurrent.TimeUnit.SECONDS);
			return new PublishOutcome.Published("slow", true, null, RateLimitStatus.UNKNOWN);
		});
		given(publisher.publish(any())).willReturn(new PublishOutcome.Published("fast", true, null, RateLimitStatus.UNKNOWN));
		queue.enqueue(PostQueueTests.story("paced", "slow", clock.instant()), "new story");
		Post fast = queued("fast");

		var round = dispatcher.dispatch();
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
			.until(() -> reload(fast).status() == PostStatus.PUBLISHED);
		assertThat(round).isNotDone();
		release.countDown();
		round.join();
	}

	@Test
	void shouldTakeBackAPostLeftPublishingByADeadNodeAndCountADuplicateAsPublished() {
		Post post = queued("1");
		states.move(post.id(), PostStatus.QUEUED, PostStatus.PUBLISHING, "claimed by a node that then died",
				java.util.Map.of("claimed_until", clock.instant().plusSeconds(60)));
		given(publisher.publish(any())).willReturn(new PublishOutcome.Duplicate("duplicate content"));

		dispatcher.dispatch().join();
		verify(publisher, never()).publish(any());

		clock.advance(Duration.ofMinutes(2));
		dispatcher.dispatch().join();
		Post recovered = reload(post);
		assertThat(recovered.status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(queue.events(post.id())).extracting(PostEvent::detail)
			.anyMatch(detail -> detail.contains("taken back"))
			.anyMatch(detail -> detail.contains("already had it"));
	}

	@Test
	void shouldCountADuplicateAfterATimedOutAttemptAsPublished() {
		Post post = queued("1");
		given(publisher.publish(any())).willReturn(new PublishOutcome.TransientFailure(Reason.read("no answer from X within 30s"), null),
				new PublishOutcome.Duplicate("duplicate content"));
		dispatcher.dispatch().join();
		clock.advance(retry.maxBackoff().multipliedBy(2));
		dispatcher.dispatch().join();
		assertThat(reload(post).status()).isEqualTo(PostStatus.PUBLISHED);
	}

}
