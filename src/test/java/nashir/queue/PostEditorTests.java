package nashir.queue;

import java.time.Duration;
import java.time.Instant;

import nashir.NashirTest;
import nashir.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@NashirTest
class PostEditorTests {

	@Autowired
	PostEditor editor;

	@Autowired
	PostQueue queue;

	@Autowired
	PostStateMachine states;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyQueue() {
		jdbc.sql("DELETE FROM post_event").update();
		jdbc.sql("DELETE FROM post").update();
	}

	private Post post(boolean review) {
		Instant now = clock.instant();
		return queue.enqueue(new NewPost("ofoq", "main", "k" + System.nanoTime(), "عنوان", null, "عنوان الخبر", null,
				review, false, now.plus(Duration.ofHours(1)), now, now), "new story").orElseThrow();
	}

	@Test
	void shouldApproveAReviewPostAndHoldItAgain() {
		Post post = post(true);
		assertThat(editor.approve(post.id(), "huda").status()).isEqualTo(PostStatus.QUEUED);
		assertThat(editor.hold(post.id(), "huda").status()).isEqualTo(PostStatus.REVIEW);
		assertThat(queue.events(post.id())).extracting(PostEvent::detail)
			.contains("approved by huda", "held for review by huda");
	}

	@Test
	void shouldCancelAWaitingPostButNotAPublishedOne() {
		Post post = post(false);
		assertThat(editor.cancel(post.id(), "huda").status()).isEqualTo(PostStatus.CANCELED);
		assertThatThrownBy(() -> editor.approve(post.id(), "huda")).isInstanceOf(PostChangeRefused.class)
			.hasMessageContaining("is CANCELED");
	}

	@Test
	void shouldRestoreACanceledPostToWhereItWaited() {
		Post review = post(true);
		Post queued = post(false);
		editor.cancel(review.id(), "huda");
		editor.cancel(queued.id(), "huda");
		assertThat(editor.restore(review.id(), "sami").status()).isEqualTo(PostStatus.REVIEW);
		assertThat(editor.restore(queued.id(), "sami").status()).isEqualTo(PostStatus.QUEUED);
		assertThat(queue.events(queued.id())).last().satisfies(event -> {
			assertThat(event.from()).isEqualTo(PostStatus.CANCELED);
			assertThat(event.detail()).isEqualTo("restored by sami");
		});
		assertThatThrownBy(() -> editor.restore(queued.id(), "sami")).isInstanceOf(PostChangeRefused.class)
			.hasMessageContaining("is QUEUED");
	}

	@Test
	void shouldRefuseToChangeAPostWhileItIsBeingPublished() {
		Post post = post(false);
		states.move(post.id(), PostStatus.QUEUED, PostStatus.PUBLISHING, "claimed");
		assertThatThrownBy(() -> editor.editText(post.id(), "نص جديد", "huda")).isInstanceOf(PostChangeRefused.class)
			.hasMessageContaining("PUBLISHING");
		assertThat(queue.find(post.id()).orElseThrow().text()).isEqualTo("عنوان الخبر");
	}

	@Test
	void shouldEditTheTextAndKeepTheOldOneInTheLog() {
		Post post = post(true);
		assertThat(editor.editText(post.id(), "قمة “بوتين وبايدن”", "huda").text()).isEqualTo("قمة “بوتين وبايدن”");
		assertThat(queue.events(post.id())).last().extracting(PostEvent::detail).asString()
			.contains("huda").contains("before: عنوان الخبر");
	}

	@Test
	void shouldRefuseATextXWouldRefuse() {
		Post post = post(true);
		assertThatThrownBy(() -> editor.editText(post.id(), "خبر ".repeat(80), "huda"))
			.isInstanceOf(PostChangeRefused.class)
			.hasMessageContaining("320 of 280");
	}

	@Test
	void shouldRescheduleSendNowAndMarkUrgent() {
		Post post = post(false);
		Instant later = clock.instant().plus(Duration.ofDays(1));
		assertThat(editor.reschedule(post.id(), later, "huda").dueAt()).isEqualTo(later);
		assertThat(editor.postNow(post.id(), "huda").dueAt()).isEqualTo(clock.instant());
		assertThat(editor.markUrgent(post.id(), true, "huda").urgent()).isTrue();
	}

	@Test
	void shouldGiveAFailedPostFreshAttempts() {
		Post post = post(false);
		states.move(post.id(), PostStatus.QUEUED, PostStatus.PUBLISHING, "claimed", java.util.Map.of("attempts", 6));
		states.move(post.id(), PostStatus.PUBLISHING, PostStatus.FAILED, "gave up");
		Post retried = editor.retry(post.id(), "huda");
		assertThat(retried.status()).isEqualTo(PostStatus.QUEUED);
		assertThat(retried.attempts()).isZero();
	}

}
