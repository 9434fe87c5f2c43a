package nashir.cost;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The newsroom's days and months, and the month's projection. */
class BudgetCalendarTests {

	private final BudgetCalendar aden = new BudgetCalendar(ZoneId.of("Asia/Aden"));

	@Test
	void shouldStartTheNewsroomsDayAndMonthInItsZone() {
		assertThat(aden.day(Instant.parse("2026-11-30T20:59:59Z"))).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(aden.day(Instant.parse("2026-11-30T21:00:00Z"))).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(aden.startOf(YearMonth.of(2026, 12))).isEqualTo(Instant.parse("2026-11-30T21:00:00Z"));
	}

	@Test
	void shouldProjectTheMonthOnAStraightLine() {
		// December has 31 days; 10 days gone, $40 spent: $124 at this pace.
		Instant tenDaysIn = Instant.parse("2026-12-10T21:00:00Z");
		assertThat(aden.projection(new BigDecimal("40"), tenDaysIn)).isEqualByComparingTo("124.00");
	}

	@Test
	void shouldCountAtLeastOneDayGoneSoAMonthsFirstHourIsNoForecast() {
		Instant oneHourIn = Instant.parse("2026-11-30T22:00:00Z");
		assertThat(aden.projection(new BigDecimal("1"), oneHourIn)).isEqualByComparingTo("31.00");
	}

}
