package nashir.account;

import java.time.Duration;

import nashir.publish.Budget;
import nashir.publish.QuietHours;

/**
 * What an admin sets for an account added in the app: the same settings as
 * {@code nashir.accounts.<name>.*}, plus the template its schedules use when they name none.
 *
 * @param minInterval the least time between two posts
 * @param dailyCap the most posts in 24 hours, 0 for no cap of ours
 * @param quietHours when only urgent posts go out, or {@code null}
 * @param defaultTemplate the post template for this account, or {@code null}
 */
public record AppSettings(boolean dryRun, Duration minInterval, int dailyCap, QuietHours quietHours,
		String defaultTemplate, Budget budget) {

	/** What a newly connected account starts with: posting, unpaced, uncapped, no budget. */
	public static final AppSettings DEFAULTS = new AppSettings(false, Duration.ZERO, 0, null, null, Budget.NONE);

	static final int MAX_TEMPLATE_LENGTH = 2000;

	/** @throws IllegalArgumentException naming the setting that cannot be */
	public AppSettings {
		minInterval = minInterval == null ? Duration.ZERO : minInterval;
		budget = budget == null ? Budget.NONE : budget;
		defaultTemplate = defaultTemplate == null || defaultTemplate.isBlank() ? null : defaultTemplate;
		if (minInterval.isNegative()) {
			throw new IllegalArgumentException("min-interval cannot be negative: " + minInterval);
		}
		if (dailyCap < 0) {
			throw new IllegalArgumentException("daily-cap cannot be negative: " + dailyCap);
		}
		if (defaultTemplate != null && defaultTemplate.length() > MAX_TEMPLATE_LENGTH) {
			throw new IllegalArgumentException("a template has at most " + MAX_TEMPLATE_LENGTH + " characters");
		}
	}

}
