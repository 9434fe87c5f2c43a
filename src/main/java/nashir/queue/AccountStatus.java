package nashir.queue;

import java.time.Instant;

import nashir.publish.AccountPause;
import nashir.publish.RateLimitStatus;

/**
 * One account as ops see it: may it post now, and if not, why and until when.
 *
 * @param pause why X paused the account (kind and X's words), or {@code null}
 * @param pausedAt when the pause began
 * @param nextProbeAt while paused for credits, when one post is tried again; otherwise {@code null}
 * @param blockedUntil no request goes to X before this time (after a 429), or {@code null}
 * @param sentLast24h posts published in the last 24 hours, for the daily cap
 * @param dailyCap our own cap, 0 for none
 */
public record AccountStatus(String account, State state, boolean dryRun, AccountPause pause, Instant pausedAt,
		Instant nextProbeAt, Instant blockedUntil, RateLimitStatus quota, Instant lastSentAt, int sentLast24h,
		int dailyCap) {

	public enum State {

		/** Posting as usual. */
		OK,
		/** X refused the account itself ({@link AccountStatus#pause()} says how): its posts wait. */
		PAUSED,
		/** X's rate limit is used up: posts wait for the reset. */
		RATE_LIMITED,
		/** Our own daily cap is reached: posts wait until the oldest of the last 24 hours' posts ages out. */
		CAPPED,
		/** In its quiet hours: only urgent posts go out. */
		QUIET

	}

}
