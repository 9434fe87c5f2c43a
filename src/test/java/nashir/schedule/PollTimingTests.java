package nashir.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PollTimingTests {

	static final Instant T = Instant.parse("2026-11-29T08:00:00Z");

	static final PollTrigger MINUTE = new PollTrigger.Every(Duration.ofMinutes(1));

	@Test
	void shouldPollTheFirstOfManyNewSchedulesAtOnceAndSpreadTheOthers() {
		assertThat(PollTiming.first(MINUTE, 0, 1000, T).firstAt(0, 1000, T)).isEqualTo(T);
		assertThat(PollTiming.first(MINUTE, 500, 1000, T).firstAt(500, 1000, T)).isEqualTo(T.plusMillis(7500));
		assertThat(PollTiming.first(MINUTE, 1999, 2000, T).firstAt(1999, 2000, T)).isBefore(T.plusSeconds(30));
		assertThat(PollTiming.first(MINUTE, 1, 2, T).firstAt(1, 2, T)).isBefore(T.plusSeconds(5));
	}

	/** 3,000 new hourly feeds take their first polls within 30 s, then poll evenly over the hour, not in that burst. */
	@Test
	void shouldSpreadThePhasesOfManyNewSchedulesOverTheWholeInterval() {
		PollTrigger hourly = new PollTrigger.Every(Duration.ofHours(1));
		int count = 3_000;
		int[] perTenMinutes = new int[6];
		for (int i = 0; i < count; i++) {
			PollTiming timing = PollTiming.first(hourly, i, count, T);
			Instant first = timing.firstAt(i, count, T);
			assertThat(first).isBetween(T, T.plusSeconds(30));
			Instant second = timing.after(first);
			assertThat(second).isAfter(first).isBeforeOrEqualTo(first.plus(Duration.ofHours(1)));
			perTenMinutes[(int) (Duration.between(T, second).toMinutes() % 60 / 10)]++;
		}
		assertThat(perTenMinutes).containsOnly(count / 6);
	}

	@Test
	void shouldKeepToItsPhaseHoweverLateItPolled() {
		PollTiming timing = PollTiming.first(MINUTE, 1, 2, T);
		Instant slot = timing.after(T);
		assertThat(timing.after(T.plusSeconds(3600).plusMillis(40_123))).isEqualTo(slot.plusSeconds(3660));
		assertThat(Duration.between(T, slot)).as("the second of two: half an interval on").isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void shouldFollowACronInItsZone() {
		PollTiming timing = PollTiming.first(new PollTrigger.Cron("0 0 9 * * ?", ZoneId.of("Asia/Aden")), 0, 1, T);
		assertThat(timing.firstAt(0, 1, T)).isEqualTo(Instant.parse("2026-11-30T06:00:00Z"));
	}

}
