package nashir.publish;

import java.math.BigDecimal;

/**
 * What an account may spend on X, in US dollars ({@code nashir.accounts.<name>.budget.daily},
 * {@code .monthly}); a missing limit is no limit of ours.
 *
 * @param daily the most per day of the newsroom's calendar, or {@code null}
 * @param monthly the most per month of the newsroom's calendar, or {@code null}
 */
public record Budget(BigDecimal daily, BigDecimal monthly) {

	public static final Budget NONE = new Budget(null, null);

	public Budget {
		requireNotNegative("daily", daily);
		requireNotNegative("monthly", monthly);
	}

	private static void requireNotNegative(String which, BigDecimal limit) {
		if (limit != null && limit.signum() < 0) {
			throw new IllegalArgumentException("a " + which + " budget cannot be negative: " + limit);
		}
	}

}
