package nashir.queue;

import java.math.BigDecimal;
import java.time.Instant;

import nashir.publish.AccountPause;
import nashir.publish.Budget;
import nashir.publish.RateLimitStatus;
import nashir.text.Reason;

/**
 * One account as ops see it: may it post now, and if not, why and until when.
 *
 * @param pause why X paused the account (kind and X's words), or {@code null}
 * @param pausedAt when the pause began
 * @param nextProbeAt while paused for credits, when one post is tried again; otherwise {@code null}
 * @param blockedUntil no request goes to X before this time (after a 429), or {@code null}
 * @param sentLast24h posts published in the last 24 hours, for the daily cap
 * @param dailyCap our own cap, 0 for none
 * @param spendToday what X charged for the posts of the newsroom's day so far, in USD
 * @param spendMonth the same for the newsroom's month so far
 * @param projection the month's spend if it goes on as it went ({@code BudgetCalendar#projection})
 * @param budget the account's daily and monthly budgets in USD ({@code null} each when none)
 * @param budgetWait why posts wait for the budget, while they do; otherwise {@code null}
 */
public record AccountStatus(String account, State state, boolean dryRun, AccountPause pause, Instant pausedAt,
		Instant nextProbeAt, Instant blockedUntil, RateLimitStatus quota, Instant lastSentAt, int sentLast24h,
		int dailyCap, BigDecimal spendToday, BigDecimal spendMonth, BigDecimal projection, Budget budget,
		Reason budgetWait) {

	public enum State {

		/** Posting as usual. */
		OK,
		/** X refused the account itself ({@link AccountStatus#pause()} says how): its posts wait. */
		PAUSED,
		/** X's rate limit is used up: posts wait for the reset. */
		RATE_LIMITED,
		/** Our own daily cap is reached: posts wait until the oldest of the last 24 hours' posts ages out. */
		CAPPED,
		/** The account's daily or monthly budget is spent: posts wait for the next day or month, or a larger budget. */
		BUDGET_SPENT,
		/** In its quiet hours: only urgent posts go out. */
		QUIET

	}

}
