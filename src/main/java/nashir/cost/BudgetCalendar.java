package nashir.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The newsroom's days and months ({@code nashir.web.time-zone}, the zone its pages show), which
 * daily and monthly budgets count in: a day of Asia/Aden begins at 21:00 UTC.
 */
public record BudgetCalendar(ZoneId zone) {

	public LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, zone);
	}

	public YearMonth month(Instant at) {
		return YearMonth.from(day(at));
	}

	public Instant startOf(LocalDate day) {
		return day.atStartOfDay(zone).toInstant();
	}

	public Instant startOf(YearMonth month) {
		return startOf(month.atDay(1));
	}

	/**
	 * The month's spend if it goes on as it went: a straight line, what was spent so far divided by
	 * the part of the month gone, counting at least one day so a month's first hour is no forecast.
	 */
	public BigDecimal projection(BigDecimal spentThisMonth, Instant now) {
		YearMonth month = month(now);
		Instant start = startOf(month);
		long whole = Duration.between(start, startOf(month.plusMonths(1))).toSeconds();
		long gone = Math.max(Duration.ofDays(1).toSeconds(), Duration.between(start, now).toSeconds());
		BigDecimal fraction = BigDecimal.valueOf(Math.min(gone, whole)).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL64);
		return spentThisMonth.divide(fraction, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
	}

}
