package nashir.queue;

import java.time.Duration;
import java.time.Instant;

import nashir.NashirTest;
import nashir.TestClock;
import nashir.publish.OutgoingPost;
import nashir.publish.PublishOutcome;
import nashir.publish.Publisher;
import nashir.publish.Publishers;
import nashir.publish.RateLimitStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
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
	RetryPolicy retry;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		jdbc.sql("DELETE FROM post_event").update();
		jdbc.sql("DELETE FROM post").update();
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

		dispatcher.dispatch();

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
	void shouldNotSendAPostBeforeItIsDue() {
		queue.enqueue(new NewPost(null, "main", null, null, null, "لاحقا", null, false, false,
				clock.instant().plus(Duration.ofHours(1)), null, clock.instant()), "editor");
		dispatcher.dispatch();
		verify(publisher, never()).publish(any());
	}

	@Test
	void shouldMarkADuplicateAnswerDuplicate() {
		Post post = queued("1");
		given(publisher.publish(any())).willReturn(new PublishOutcome.Duplicate("You are not allowed to create a Tweet with duplicate content."));
		dispatcher.dispatch();
		assertThat(reload(post).status()).isEqualTo(PostStatus.DUPLICATE);
		assertThat(reload(post).error()).contains("duplicate content");
	}

	@Test
	void shouldFailAPermanentErrorWithoutRetrying() {
		Post post = queued("1");
		given(publisher.publish(any())).willReturn(new PublishOutcome.PermanentFailure("X refused the post: Invalid Request"));
		dispatcher.dispatch();
		clock.advance(Duration.ofDays(1));
		dispatcher.dispatch();
		verify(publisher, times(1)).publish(any());
		assertThat(reload(post).status()).isEqualTo(PostStatus.FAILED);
		assertThat(reload(post).error()).isEqualTo("X refused the post: Invalid Request");
	}

	@Test
	void shouldFailAnUnauthorizedPostWithTheReason() {
		Post post = queued("1");
		given(publisher.publish(any())).willReturn(new PublishOutcome.Unauthorized("X refused the credentials of account main"));
		dispatcher.dispatch();
		assertThat(reload(post).status()).isEqualTo(PostStatus.FAILED);
		assertThat(reload(post).error()).contains("credentials of account main");
	}

	@Test
	void shouldRetryATransientErrorWithBackoffThenGiveUp() {
		Post post = queued("1");
		given(publisher.publish(any())).willReturn(new PublishOutcome.TransientFailure("X answered 503", null));

		dispatcher.dispatch();
		Post waiting = reload(post);
		assertThat(waiting.status()).isEqualTo(PostStatus.RETRY_WAIT);
		assertThat(waiting.dueAt()).isAfter(clock.instant().plus(retry.initialBackoff().multipliedBy(7).dividedBy(10)));

		dispatcher.dispatch();
		verify(publisher, times(1)).publish(any());

		for (int attempt = 2; attempt <= retry.maxAttempts(); attempt++) {
			clock.advance(retry.maxBackoff().multipliedBy(2));
			dispatcher.dispatch();
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
		given(publisher.publish(any())).willReturn(new PublishOutcome.TransientFailure("X answered 503", null),
				new PublishOutcome.Published("77", false, null, RateLimitStatus.UNKNOWN));
		dispatcher.dispatch();
		clock.advance(retry.maxBackoff().multipliedBy(2));
		dispatcher.dispatch();
		assertThat(reload(post).status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(reload(post).tweetId()).isEqualTo("77");
	}

	@Test
	void shouldWaitForTheRateLimitResetWithoutUsingAnAttempt() {
		Post post = queued("1");
		Instant reset = clock.instant().plus(Duration.ofMinutes(15));
		given(publisher.publish(any())).willReturn(new PublishOutcome.RateLimited(reset, "X answered 429", RateLimitStatus.UNKNOWN));
		dispatcher.dispatch();
		Post waiting = reload(post);
		assertThat(waiting.status()).isEqualTo(PostStatus.QUEUED);
		assertThat(waiting.dueAt()).isEqualTo(reset);
		assertThat(waiting.attempts()).isZero();
	}

	@Test
	void shouldTakeBackAPostLeftPublishingByADeadNodeAndCountADuplicateAsPublished() {
		Post post = queued("1");
		states.move(post.id(), PostStatus.QUEUED, PostStatus.PUBLISHING, "claimed by a node that then died",
				java.util.Map.of("claimed_until", clock.instant().plusSeconds(60)));
		given(publisher.publish(any())).willReturn(new PublishOutcome.Duplicate("duplicate content"));

		dispatcher.dispatch();
		verify(publisher, never()).publish(any());

		clock.advance(Duration.ofMinutes(2));
		dispatcher.dispatch();
		Post recovered = reload(post);
		assertThat(recovered.status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(queue.events(post.id())).extracting(PostEvent::detail)
			.anyMatch(detail -> detail.contains("taken back"))
			.anyMatch(detail -> detail.contains("already had it"));
	}

}
