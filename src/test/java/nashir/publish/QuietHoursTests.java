package nashir.publish;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuietHoursTests {

	static final QuietHours NIGHT = QuietHours.parse("23:00-06:00 Asia/Aden");

	@Test
	void shouldReadTheWindowAndItsZone() {
		assertThat(NIGHT).isEqualTo(new QuietHours(LocalTime.of(23, 0), LocalTime.of(6, 0), ZoneId.of("Asia/Aden")));
		assertThat(QuietHours.parse("1:30-5:00").start()).isEqualTo(LocalTime.of(1, 30));
	}

	@ParameterizedTest
	@CsvSource({ "2026-11-29T19:59:00Z, false", "2026-11-29T20:00:00Z, true", "2026-11-29T23:30:00Z, true",
			"2026-11-30T02:59:00Z, true", "2026-11-30T03:00:00Z, false", "2026-11-30T09:00:00Z, false" })
	void shouldContainTimesAcrossMidnightInItsZone(Instant instant, boolean quiet) {
		assertThat(NIGHT.contains(instant)).isEqualTo(quiet);
	}

	@Test
	void shouldContainTimesOfADaytimeWindow() {
		QuietHours lunch = QuietHours.parse("12:00-13:00 UTC");
		assertThat(lunch.contains(Instant.parse("2026-11-29T12:30:00Z"))).isTrue();
		assertThat(lunch.contains(Instant.parse("2026-11-29T13:00:00Z"))).isFalse();
	}

	@Test
	void shouldSayWhenTheWindowEnds() {
		assertThat(NIGHT.endAfter(Instant.parse("2026-11-29T21:00:00Z"))).isEqualTo(Instant.parse("2026-11-30T03:00:00Z"));
	}

	@Test
	void shouldNameWhatIsWrong() {
		assertThatThrownBy(() -> QuietHours.parse("late at night")).hasMessageContaining("23:00-06:00");
		assertThatThrownBy(() -> QuietHours.parse("23:00-06:00 Mars/Base")).hasMessageContaining("Mars/Base");
		assertThatThrownBy(() -> QuietHours.parse("25:00-06:00")).hasMessageContaining("25:00");
	}

}
