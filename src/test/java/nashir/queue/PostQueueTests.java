package nashir.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nashir.NashirTest;
import nashir.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@NashirTest
class PostQueueTests {

	static final String TITLE = "قمة “بوتين وبايدن”.. اتفاق على إطلاق حوار شامل قريبا";

	@Autowired
	PostQueue queue;

	@Autowired
	PostStateMachine states;

	@Autowired
	PostRepository posts;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyQueue() {
		jdbc.sql("DELETE FROM post_event").update();
		jdbc.sql("DELETE FROM post").update();
	}

	static NewPost story(String account, String key, Instant now) {
		return new NewPost("ofoq", account, key, TITLE, "https://ofoq.example.com/?p=" + key, TITLE + "\nhttps://ofoq.example.com/?p=" + key,
				null, false, false, now, now.minusSeconds(60), now);
	}

	@Test
	void shouldKeepAStoryWhoseLinkAndImageAreLongerThanAnyUsualUrl() {
		Instant now = clock.instant();
		String link = "https://ofoq.example.com/2026/11/29/" + "%D9%82%D9%85%D8%A9-".repeat(200);
		String image = "https://cdn.ofoq.example.com/img.jpg?sig=" + "a1b2c3".repeat(600);
		NewPost story = new NewPost("ofoq", "main", "long", TITLE.repeat(40), link, TITLE + "\n" + link, image, false,
				false, now, now, now);

		Post queued = queue.enqueue(story, "new story").orElseThrow();

		assertThat(queued.link()).isEqualTo(link).hasSizeGreaterThan(2000);
		assertThat(queued.imageUrl()).isEqualTo(image);
		assertThat(queued.title()).hasSizeGreaterThan(2000);
	}

	@Test
	void shouldQueueAStoryOncePerAccount() {
		Instant now = clock.instant();
		assertThat(queue.enqueue(story("main", "104233", now), "new story")).isPresent();
		assertThat(queue.enqueue(story("main", "104233", now.plusSeconds(5)), "new story")).isEmpty();
		assertThat(queue.enqueue(story("other", "104233", now), "new story")).isPresent();

		List<Post> all = queue.latest(10);
		assertThat(all).extracting(Post::account).containsExactlyInAnyOrder("main", "other");
		assertThat(all).allSatisfy(post -> {
			assertThat(post.status()).isEqualTo(PostStatus.QUEUED);
			assertThat(post.text()).startsWith(TITLE);
		});
	}

	@Test
	void shouldAlwaysQueueAnEditorsPostsWhichHaveNoStoryKey() {
		Instant now = clock.instant();
		NewPost manual = new NewPost(null, "main", null, null, null, "خبر عاجل", null, false, true, now, null, now);
		assertThat(queue.enqueue(manual, "written by an editor")).isPresent();
		assertThat(queue.enqueue(manual, "written by an editor")).isPresent();
		assertThat(queue.latest(10)).hasSize(2);
	}

	@Test
	void shouldRecordCreationAndEveryMoveInThePublishLog() {
		Post post = queue.enqueue(story("main", "1", clock.instant()), "new story").orElseThrow();
		states.move(post.id(), PostStatus.QUEUED, PostStatus.PUBLISHING, "claimed");

		List<PostEvent> events = queue.events(post.id());
		assertThat(events).extracting(PostEvent::to).containsExactly(PostStatus.QUEUED, PostStatus.PUBLISHING);
		assertThat(events.get(0).from()).isNull();
		assertThat(events.get(0).detail()).isEqualTo("new story");
		assertThat(events.get(1).from()).isEqualTo(PostStatus.QUEUED);
		assertThat(events).allSatisfy(event -> assertThat(event.node()).isNotBlank());
	}

	@Test
	void shouldRefuseMovesTheStateMachineDoesNotAllow() {
		Post post = queue.enqueue(story("main", "1", clock.instant()), "new story").orElseThrow();
		assertThatThrownBy(() -> states.move(post.id(), PostStatus.QUEUED, PostStatus.PUBLISHED, "skipping a step"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("QUEUED to PUBLISHED");
		assertThat(queue.find(post.id())).map(Post::status).contains(PostStatus.QUEUED);
	}

	@Test
	void shouldNotMoveAPostThatIsNoLongerWhereTheCallerSawIt() {
		Post post = queue.enqueue(story("main", "1", clock.instant()), "new story").orElseThrow();
		assertThat(states.move(post.id(), PostStatus.QUEUED, PostStatus.CANCELED, "editor")).isTrue();
		assertThat(states.move(post.id(), PostStatus.QUEUED, PostStatus.PUBLISHING, "claim")).isFalse();
		assertThat(queue.events(post.id())).hasSize(2);
	}

	@Test
	void shouldLetOnlyOneOfManyThreadsClaimAPost() throws Exception {
		Post post = queue.enqueue(story("main", "1", clock.instant()), "new story").orElseThrow();
		Callable<Boolean> claim = () -> states.move(post.id(), PostStatus.QUEUED, PostStatus.PUBLISHING, "claim");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> results = pool.invokeAll(java.util.Collections.nCopies(16, claim));
			long winners = 0;
			for (Future<Boolean> result : results) {
				winners += result.get() ? 1 : 0;
			}
			assertThat(winners).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(queue.events(post.id())).extracting(PostEvent::to)
			.containsExactly(PostStatus.QUEUED, PostStatus.PUBLISHING);
	}

	@Test
	void shouldOfferDuePostsUrgentFirstThenByDueTimeThenByStoryTime() {
		Instant now = clock.instant();
		Optional<Post> later = queue.enqueue(new NewPost("ofoq", "main", "later", "b", null, "b", null, false, false,
				now.minusSeconds(10), now.minusSeconds(100), now), "x");
		Optional<Post> earlier = queue.enqueue(new NewPost("ofoq", "main", "earlier", "a", null, "a", null, false,
				false, now.minusSeconds(20), now.minusSeconds(50), now), "x");
		Optional<Post> urgent = queue.enqueue(new NewPost(null, "main", null, "u", null, "u", null, false, true,
				now.minusSeconds(1), null, now), "x");
		queue.enqueue(new NewPost("ofoq", "main", "future", "f", null, "f", null, false, false,
				now.plus(Duration.ofMinutes(5)), now, now), "x");

		assertThat(posts.due("main", now, 10)).extracting(Post::id)
			.containsExactly(urgent.get().id(), earlier.get().id(), later.get().id());
	}

}
