package nashir.publish;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One X account ({@code nashir.accounts.<name>.*}). Secrets never leave this object: its
 * {@link #toString()} masks them, so no log line or error page can show them.
 *
 * @param dryRun record posts as published without sending them, even with credentials
 * @param minInterval the least time between two posts of this account
 * @param dailyCap the most posts in 24 hours; 0 for no cap of ours (X's own limit still holds)
 * @param quietHours when only urgent posts go out, or {@code null}
 * @param creditsProbe while X says the account's credits are used up, how often one post is tried
 * @param budget what the account may spend on X; {@link Budget#NONE} when not set
 * @param template the account's default post template, for schedules that name none, or {@code null}
 */
public record Account(String consumerKey, String consumerSecret, String accessToken, String accessTokenSecret,
		@DefaultValue("false") boolean dryRun, @DefaultValue("0s") Duration minInterval,
		@DefaultValue("0") int dailyCap, QuietHours quietHours, @DefaultValue("15m") Duration creditsProbe, Budget budget,
		String template) {

	public Account {
		budget = budget == null ? Budget.NONE : budget;
	}

	/** Whether all four OAuth 1.0a credentials are present. */
	public boolean hasCredentials() {
		return present(consumerKey) && present(consumerSecret) && present(accessToken) && present(accessTokenSecret);
	}

	/** Posts go to X only when the account has credentials and is not set to dry run. */
	public boolean sendsToX() {
		return hasCredentials() && !dryRun;
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	@Override
	public String toString() {
		return "Account[credentials=" + (hasCredentials() ? "set" : "missing") + ", dryRun=" + dryRun
				+ ", minInterval=" + minInterval + ", dailyCap=" + dailyCap + ", quietHours=" + quietHours
				+ ", creditsProbe=" + creditsProbe + ", budget=" + budget + "]";
	}

}
