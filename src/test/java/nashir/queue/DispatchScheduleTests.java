package nashir.queue;

import java.time.Duration;
import java.time.Instant;

import nashir.NashirTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
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

	@Test
	void shouldDispatchAQueuedPostWithoutWaitingForTheNextTick() {
		Instant now = Instant.now();
		Post post = queue.enqueue(new NewPost(null, "main", null, null, null, "عاجل: خبر فوري", null, false, false,
				Instant.EPOCH, null, now), "editor").orElseThrow();
		await().atMost(Duration.ofSeconds(5))
			.until(() -> queue.find(post.id()).orElseThrow().status() == PostStatus.PUBLISHED);
		assertThat(queue.find(post.id()).orElseThrow().dryRun()).isTrue();
	}

}
