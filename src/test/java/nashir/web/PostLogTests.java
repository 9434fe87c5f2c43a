package nashir.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import nashir.queue.Post;
import nashir.queue.PostStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The read side's SQL on the real schema (H2, the application's migrations). */
class PostLogTests {

	static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

	JdbcClient jdbc = WebDatabase.fresh();

	Newsroom newsroom = new Newsroom(jdbc);

	PostLog log = new PostLog(jdbc, new NewsroomZone(ZoneId.of("Asia/Riyadh")));

	long published;

	long failed;

	long queuedLater;

	long queuedSoon;

	long review;

	@BeforeEach
	void aDayOfPosts() {
		published = newsroom.post("main", "ofoq", "قمة “بوتين وبايدن”.. اتفاق", PostStatus.PUBLISHED, NOW,
				NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(2)).plusSeconds(7));
		failed = newsroom.post("ofoq_sport", "ofoq-opinion", "الهلال يتأهل إلى 100% النهائي", PostStatus.FAILED, NOW,
				NOW.minus(Duration.ofHours(3)), null);
		queuedLater = newsroom.post("main", "ofoq", "ارتفاع أسعار النفط", PostStatus.QUEUED, NOW.plusSeconds(900),
				NOW.minusSeconds(60), null);
		queuedSoon = newsroom.post("main", "ofoq", "الأرصاد: أمطار رعدية", PostStatus.QUEUED, NOW.plusSeconds(60),
				NOW.minusSeconds(30), null);
		review = newsroom.post("main", "ofoq-opinion", "مقال رأي عن الموازنة", PostStatus.REVIEW, NOW.plusSeconds(60),
				NOW.minusSeconds(10), null);
	}

	@Test
	void shouldListWhatWillBeSentByAccountThenDueTime() {
		assertThat(log.upcoming()).extracting(Post::id).containsExactly(queuedSoon, queuedLater);
		assertThat(log.inReview()).extracting(Post::id).containsExactly(review);
		assertThat(log.nextOf("ofoq", 1)).extracting(Post::id).containsExactly(queuedSoon);
		assertThat(log.nextOf("ofoq-opinion", 3)).extracting(Post::id).containsExactly(review);
	}

	@Test
	void shouldFilterByStatusAccountScheduleAndText() {
		assertThat(log.search(LogFilter.none())).hasSize(5);
		assertThat(search(PostStatus.FAILED, null, null, null, null, null)).containsExactly(failed);
		assertThat(search(null, "ofoq_sport", null, null, null, null)).containsExactly(failed);
		assertThat(search(null, null, "ofoq-opinion", null, null, null)).containsExactlyInAnyOrder(failed, review);
		assertThat(search(null, null, null, null, null, "بوتين")).containsExactly(published);
		// LIKE's wildcards are searched for literally
		assertThat(search(null, null, null, null, null, "100%")).containsExactly(failed);
		assertThat(search(null, null, null, null, null, "%")).containsExactly(failed);
	}

	@Test
	void shouldFilterByDaysInTheNewsroomsZone() {
		// 2026-11-27T08:00Z is the 27th in Riyadh; the others were created on the 29th there
		assertThat(search(null, null, null, LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27), null))
			.containsExactly(published);
		assertThat(search(null, null, null, LocalDate.of(2026, 11, 28), null, null)).hasSize(4);
	}

	@Test
	void shouldReadWhatTheDashboardCounts() {
		assertThat(log.publishedSince(NOW.minus(Duration.ofDays(7)))).singleElement().satisfies(p -> {
			assertThat(p.account()).isEqualTo("main");
			assertThat(Duration.between(p.detectedAt(), p.publishedAt())).hasSeconds(7);
		});
		assertThat(log.failuresSince(NOW.minus(Duration.ofDays(7)))).singleElement()
			.satisfies(f -> assertThat(f.account()).isEqualTo("ofoq_sport"));
		assertThat(log.accounts()).containsExactly("main", "ofoq_sport");
	}

	private java.util.List<Long> search(PostStatus status, String account, String schedule, LocalDate from,
			LocalDate to, String q) {
		return log.search(new LogFilter(status, account, schedule, from, to, q)).stream().map(Post::id).toList();
	}

}
