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
		assertThat(PollTiming.first(MINUTE, 0, 1000, T).firstAt(T)).isEqualTo(T);
		assertThat(PollTiming.first(MINUTE, 500, 1000, T).firstAt(T)).isEqualTo(T.plusMillis(7500));
		assertThat(PollTiming.first(MINUTE, 1999, 2000, T).firstAt(T)).isBefore(T.plusSeconds(30));
		assertThat(PollTiming.first(MINUTE, 1, 2, T).firstAt(T)).isBefore(T.plusSeconds(5));
	}

	@Test
	void shouldKeepToItsPhaseHoweverLateItPolled() {
		PollTiming timing = PollTiming.first(MINUTE, 1, 2, T);
		assertThat(timing.after(T.plusSeconds(3600).plusMillis(40_123))).isEqualTo(timing.firstAt(T).plusSeconds(3660));
	}

	@Test
	void shouldFollowACronInItsZone() {
		PollTiming timing = PollTiming.first(new PollTrigger.Cron("0 0 9 * * ?", ZoneId.of("Asia/Aden")), 0, 1, T);
		assertThat(timing.firstAt(T)).isEqualTo(Instant.parse("2026-11-30T06:00:00Z"));
	}

}
