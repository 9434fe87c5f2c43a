package nashir.queue;

import java.time.Duration;
import java.time.Instant;

import nashir.NashirTest;
import nashir.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mockingDetails;
import static org.awaitility.Awaitility.await;

/**
 * A queued post goes out at once, not at the dispatcher's next tick. On a database of its own: the
 * shared one may hold accounts that other tests paused.
 */
@NashirTest
@TestPropertySource(properties = { "nashir.dispatcher.enabled=true", "nashir.dispatcher.interval=1h",
		"spring.datasource.url=jdbc:h2:mem:dispatch-schedule;DB_CLOSE_DELAY=-1" })
class DispatchScheduleTests {

	@Autowired
	PostQueue queue;

	@Autowired
	PostEditor editor;

	@Autowired
	DispatchSchedule schedule;

	@MockitoSpyBean
	Dispatcher dispatcher;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldDispatchAQueuedPostWithoutWaitingForTheNextTick() {
		Instant now = Instant.now();
		Post post = queue.enqueue(new NewPost(null, "main", null, null, null, "عاجل: خبر فوري", null, false, false,
				Instant.EPOCH, null, now), "editor").orElseThrow();
		await().atMost(Duration.ofSeconds(5))
			.until(() -> queue.find(post.id()).orElseThrow().status() == PostStatus.PUBLISHED);
		assertThat(queue.find(post.id()).orElseThrow().dryRun()).isTrue();
	}

	/**
	 * Between planned looks a tick reads nothing: a post made due behind the dispatcher's back (by hand
	 * in the database) waits, while an editor's "post now" brings a look at the next tick.
	 */
	@Test
	void shouldLookAtATickOnlyWhenThePlannedLookIsDueOrTheQueueChanged() {
		clearInvocations(dispatcher);
		Instant now = clock.instant();
		Post unseen = queue.enqueue(new NewPost(null, "main", null, null, null, "بعد ساعة", null, false, false,
				now.plus(Duration.ofHours(1)), null, now), "editor").orElseThrow();
		Post later = queue.enqueue(new NewPost(null, "main", null, null, null, "بعد ساعة أيضا", null, false, false,
				now.plus(Duration.ofHours(1)), null, now), "editor").orElseThrow();
		assertThat(dispatches()).as("a queued post starts its account's lane, not a look").isZero();
		clock.advance(Dispatcher.LONGEST_WAIT);
		now = clock.instant();
		schedule.tick();
		assertThat(dispatches()).isEqualTo(1);
		assertThat(dispatcher.nextLook()).isEqualTo(now.plus(Dispatcher.LONGEST_WAIT));

		jdbc.sql("UPDATE post SET due_at = ? WHERE id = ?").params(Timestamps.utc(now), unseen.id()).update();
		schedule.tick();
		assertThat(dispatches()).as("no look before the planned one").isEqualTo(1);

		editor.postNow(later.id(), "editor");
		schedule.tick();
		assertThat(dispatches()).isEqualTo(2);
		await().atMost(Duration.ofSeconds(5))
			.until(() -> queue.find(later.id()).orElseThrow().status() == PostStatus.PUBLISHED
					&& queue.find(unseen.id()).orElseThrow().status() == PostStatus.PUBLISHED);

		clock.advance(Dispatcher.LONGEST_WAIT);
		schedule.tick();
		assertThat(dispatches()).as("the planned look").isEqualTo(3);
	}

	private long dispatches() {
		return mockingDetails(dispatcher).getInvocations()
			.stream()
			.filter(call -> call.getMethod().getName().equals("dispatch"))
			.count();
	}

}
