package nashir.queue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

import nashir.cost.BudgetCalendar;
import nashir.publish.Budget;
import nashir.text.Reason;

/**
 * An account's budget and what it has spent in the newsroom's current day and month, as pacing
 * applies it: a post whose price would pass the daily or the monthly budget waits for the next day
 * or month (in the newsroom's zone), and one dearer than a whole budget waits for the budget to be raised.
 *
 * @param day the day {@code spentToday} counts
 * @param month the month {@code spentThisMonth} counts
 */
record Spending(Budget budget, BudgetCalendar calendar, LocalDate day, BigDecimal spentToday, YearMonth month,
		BigDecimal spentThisMonth) {

	/** An account without a budget: nothing is counted, nothing waits. */
	static final Spending NONE = new Spending(Budget.NONE, new BudgetCalendar(ZoneOffset.UTC), LocalDate.MIN,
			BigDecimal.ZERO, YearMonth.of(0, 1), BigDecimal.ZERO);

	/**
	 * The period that holds a post back, with its words.
	 *
	 * @param spell names the budget and its period: the same spell is alerted once
	 * @param period the period as an alert names it ("December", "2026-12-02")
	 */
	record Wait(String spell, String period, BigDecimal budget, BigDecimal spent, Reason reason) {
	}

	/** The first moment at or after {@code at} when a post of this price stays within budget; empty when it never does. */
	Optional<Instant> fits(Instant at, BigDecimal price) {
		if (price.signum() == 0) {
			return Optional.of(at);
		}
		if (exceeds(price, budget.daily()) || exceeds(price, budget.monthly())) {
			return Optional.empty();
		}
		Instant next = at;
		// A later day or month starts with nothing spent, and the price fits a whole budget: this ends.
		while (true) {
			LocalDate when = calendar.day(next);
			if (budget.daily() != null && exceeds(spentOn(when).add(price), budget.daily())) {
				next = calendar.startOf(when.plusDays(1));
			}
			else if (budget.monthly() != null && exceeds(spentIn(YearMonth.from(when)).add(price), budget.monthly())) {
				next = calendar.startOf(YearMonth.from(when).plusMonths(1));
			}
			else {
				return Optional.of(next);
			}
		}
	}

	/** The budget a post of this price would pass at {@code at}, the month's before the day's; empty when it fits. */
	Optional<Wait> over(Instant at, BigDecimal price) {
		if (price.signum() == 0) {
			return Optional.empty();
		}
		YearMonth thisMonth = calendar.month(at);
		if (budget.monthly() != null && exceeds(spentIn(thisMonth).add(price), budget.monthly())) {
			String name = thisMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
			String amount = usd(budget.monthly());
			// The middle of the month, so the month's name is right in whatever zone a page formats it.
			long middle = calendar.startOf(thisMonth.atDay(15)).toEpochMilli();
			return Optional.of(new Wait(monthlySpell(thisMonth), name, budget.monthly(), spentIn(thisMonth),
					Reason.of("budget.spent.monthly", name + "'s budget of $" + amount + " is spent", amount, middle)));
		}
		LocalDate today = calendar.day(at);
		if (budget.daily() != null && exceeds(spentOn(today).add(price), budget.daily())) {
			String amount = usd(budget.daily());
			return Optional.of(new Wait(dailySpell(today), today.toString(), budget.daily(), spentOn(today),
					Reason.of("budget.spent.daily", "the daily budget of $" + amount + " for " + today + " is spent",
							amount, today.toString())));
		}
		return Optional.empty();
	}

	/** Whether the spell is of the budget and the day or month of {@code at}: a raised budget or a new period ends it. */
	boolean holds(String spell, Instant at) {
		return budget.monthly() != null && spell.equals(monthlySpell(calendar.month(at)))
				|| budget.daily() != null && spell.equals(dailySpell(calendar.day(at)));
	}

	private String monthlySpell(YearMonth when) {
		return "monthly " + when + " " + usd(budget.monthly());
	}

	private String dailySpell(LocalDate when) {
		return "daily " + when + " " + usd(budget.daily());
	}

	/** The spending once a post of this price has gone at {@code at}. */
	Spending after(Instant at, BigDecimal price) {
		LocalDate when = calendar.day(at);
		YearMonth whenMonth = YearMonth.from(when);
		return new Spending(budget, calendar, when, spentOn(when).add(price), whenMonth, spentIn(whenMonth).add(price));
	}

	private BigDecimal spentOn(LocalDate when) {
		return when.equals(day) ? spentToday : BigDecimal.ZERO;
	}

	private BigDecimal spentIn(YearMonth when) {
		return when.equals(month) ? spentThisMonth : BigDecimal.ZERO;
	}

	private static boolean exceeds(BigDecimal amount, BigDecimal limit) {
		return limit != null && amount.compareTo(limit) > 0;
	}

	private static String usd(BigDecimal amount) {
		return amount.stripTrailingZeros().toPlainString();
	}

}
