package nashir.queue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import nashir.cost.BudgetCalendar;
import nashir.publish.Budget;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The budget rule of Pacing: a post that would pass a budget waits for the newsroom's next day or month. */
class SpendingTests {

	private static final BudgetCalendar ADEN = new BudgetCalendar(ZoneId.of("Asia/Aden"));

	private static final BigDecimal LINK_POST = new BigDecimal("0.20");

	/** 23:30 in Aden on 29 November: 21:00 UTC is the newsroom's midnight, 00:00 UTC is not. */
	private static final Instant LATE = Instant.parse("2026-11-29T20:30:00Z");

	private static Spending spent(Budget budget, String today, String month) {
		return new Spending(budget, ADEN, LocalDate.of(2026, 11, 29), new BigDecimal(today), YearMonth.of(2026, 11),
				new BigDecimal(month));
	}

	@Test
	void shouldLetAPostGoWhileItFitsTheBudget() {
		Spending spending = spent(new Budget(new BigDecimal("1"), null), "0.80", "0.80");
		assertThat(spending.fits(LATE, LINK_POST)).contains(LATE);
		assertThat(spending.over(LATE, LINK_POST)).isEmpty();
	}

	@Test
	void shouldHoldAPostThatWouldPassTheDailyBudgetUntilTheNewsroomsMidnight() {
		Spending spending = spent(new Budget(new BigDecimal("1"), null), "0.90", "0.90");
		assertThat(spending.fits(LATE, LINK_POST)).contains(Instant.parse("2026-11-29T21:00:00Z"));
		Spending.Wait wait = spending.over(LATE, LINK_POST).orElseThrow();
		assertThat(wait.reason().key()).isEqualTo("budget.spent.daily");
		assertThat(wait.period()).isEqualTo("2026-11-29");
		assertThat(wait.spent()).isEqualByComparingTo("0.90");
	}

	@Test
	void shouldHoldAPostThatWouldPassTheMonthlyBudgetUntilTheNewsroomsNextMonth() {
		Spending spending = new Spending(new Budget(null, new BigDecimal("150")), ADEN, LocalDate.of(2026, 11, 30),
				new BigDecimal("3"), YearMonth.of(2026, 11), new BigDecimal("149.90"));
		Instant lastEvening = Instant.parse("2026-11-30T18:00:00Z");
		assertThat(spending.fits(lastEvening, LINK_POST)).contains(Instant.parse("2026-11-30T21:00:00Z"));
		Spending.Wait wait = spending.over(lastEvening, LINK_POST).orElseThrow();
		assertThat(wait.reason().english()).isEqualTo("November's budget of $150 is spent");
		assertThat(wait.period()).isEqualTo("November");
		assertThat(spending.fits(lastEvening, new BigDecimal("0.015"))).as("a cheaper post still fits").contains(lastEvening);
	}

	@Test
	void shouldHoldAPostDearerThanAWholeBudgetUntilTheBudgetIsRaised() {
		assertThat(spent(new Budget(new BigDecimal("0.10"), null), "0", "0").fits(LATE, LINK_POST)).isEmpty();
	}

	@Test
	void shouldCountWhatGoesAndStartANewDayEmpty() {
		Spending spending = spent(new Budget(new BigDecimal("0.40"), null), "0", "0");
		Spending afterTwo = spending.after(LATE, LINK_POST).after(LATE, LINK_POST);
		assertThat(afterTwo.fits(LATE, LINK_POST)).contains(Instant.parse("2026-11-29T21:00:00Z"));
		Spending nextDay = afterTwo.after(Instant.parse("2026-11-29T21:00:00Z"), LINK_POST);
		assertThat(nextDay.spentToday()).isEqualByComparingTo("0.20");
		assertThat(nextDay.spentThisMonth()).isEqualByComparingTo("0.60");
	}

	@Test
	void shouldNameASpellByItsPeriodAndBudget() {
		Spending spending = spent(new Budget(new BigDecimal("0.40"), null), "0.40", "0.40");
		String spell = spending.over(LATE, LINK_POST).orElseThrow().spell();
		assertThat(spending.holds(spell, LATE)).isTrue();
		assertThat(spending.holds(spell, Instant.parse("2026-11-29T21:00:00Z"))).as("the next day").isFalse();
		Spending raised = spent(new Budget(new BigDecimal("1"), null), "0.40", "0.40");
		assertThat(raised.holds(spell, LATE)).as("a raised budget").isFalse();
	}

	@Test
	void shouldMoveThePacingsTimeToTheNextDay() {
		Pacing pacing = new Pacing(LATE, false, Duration.ZERO, 0, null, List.of(),
				spent(new Budget(new BigDecimal("0.40"), null), "0.40", "0.40"));
		assertThat(pacing.next(LATE, false, LINK_POST)).contains(Instant.parse("2026-11-29T21:00:00Z"));
		assertThat(pacing.next(LATE, false, BigDecimal.ZERO)).as("let past the budget").contains(LATE);
	}

}
