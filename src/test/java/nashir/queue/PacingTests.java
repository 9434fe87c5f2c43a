package nashir.queue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nashir.publish.QuietHours;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The next-time rule the dispatcher and the queue page share. */
class PacingTests {

	private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	private static final Duration INTERVAL = Duration.ofMinutes(20);

	@Test
	void shouldWaitForTheMinIntervalAfterTheLastPost() {
		Pacing pacing = new Pacing(NOW.plus(INTERVAL), false, INTERVAL, 0, null, List.of(), Spending.NONE);
		assertThat(pacing.next(NOW, false, BigDecimal.ZERO)).contains(NOW.plus(INTERVAL));
		assertThat(pacing.next(NOW.plus(Duration.ofHours(1)), false, BigDecimal.ZERO)).contains(NOW.plus(Duration.ofHours(1)));
	}

	@Test
	void shouldSpaceEachFollowingPostByTheInterval() {
		Pacing pacing = new Pacing(NOW, false, INTERVAL, 0, null, List.of(), Spending.NONE);
		Instant first = pacing.next(NOW, false, BigDecimal.ZERO).orElseThrow();
		Instant second = pacing.after(first, BigDecimal.ZERO).next(NOW, false, BigDecimal.ZERO).orElseThrow();
		assertThat(first).isEqualTo(NOW);
		assertThat(second).isEqualTo(NOW.plus(INTERVAL));
	}

	@Test
	void shouldWaitUntilTheOldestPostOfTheCapAgesOut() {
		Instant a = NOW.minus(Duration.ofHours(20));
		Instant b = NOW.minus(Duration.ofHours(2));
		Pacing pacing = new Pacing(NOW, false, Duration.ZERO, 2, null, List.of(a, b), Spending.NONE);
		assertThat(pacing.next(NOW, false, BigDecimal.ZERO)).contains(a.plus(Duration.ofHours(24)));
		assertThat(pacing.after(a.plus(Duration.ofHours(24)), BigDecimal.ZERO).next(NOW, false, BigDecimal.ZERO)).contains(b.plus(Duration.ofHours(24)));
	}

	@Test
	void shouldHoldAllButUrgentPostsUntilQuietHoursEnd() {
		QuietHours night = QuietHours.parse("09:00-12:00 UTC");
		Pacing pacing = new Pacing(NOW, false, INTERVAL, 0, night, List.of(), Spending.NONE);
		assertThat(pacing.next(NOW, false, BigDecimal.ZERO)).contains(Instant.parse("2026-11-29T12:00:00Z"));
		assertThat(pacing.next(NOW, true, BigDecimal.ZERO)).contains(NOW);
	}

	@Test
	void shouldKnowNoTimeWhilePausedAndOnlyTheProbeWhileProbing() {
		assertThat(new Pacing(null, false, INTERVAL, 0, null, List.of(), Spending.NONE).next(NOW, false, BigDecimal.ZERO)).isEmpty();
		Pacing probing = new Pacing(NOW.plus(Duration.ofMinutes(15)), true, INTERVAL, 0, null, List.of(), Spending.NONE);
		Instant probe = probing.next(NOW, false, BigDecimal.ZERO).orElseThrow();
		assertThat(probe).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
		assertThat(probing.after(probe, BigDecimal.ZERO).next(NOW, false, BigDecimal.ZERO)).isEmpty();
	}

}
