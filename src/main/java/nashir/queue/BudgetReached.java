package nashir.queue;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The event an account's spending budget raises when it is reached: posts then wait instead of
 * costing more. {@link AccountStates} publishes it once per budget spell, for the alerts.
 *
 * @param period what the budget covers, as its message names it ("December", "2026-12-02")
 * @param budget the budget in USD
 * @param spent what the period has cost so far in USD
 */
public record BudgetReached(String account, String period, BigDecimal budget, BigDecimal spent, Instant at) {
}
