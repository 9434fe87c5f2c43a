package nashir.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

import nashir.account.AppSettings;
import nashir.compose.InvalidTemplateException;
import nashir.compose.PostTemplate;
import nashir.publish.Budget;
import nashir.publish.QuietHours;

import org.springframework.boot.convert.DurationStyle;

/**
 * An app account's settings as the accounts page sends them, read with the configuration's rules
 * ({@code 10m} or {@code 600s}, {@code 23:00-06:00 Asia/Aden}); blanks mean none.
 *
 * @param dryRun {@code null} when the box is not ticked (a form sends nothing for it)
 */
record AccountSettingsForm(Boolean dryRun, String minInterval, String dailyCap, String quietHours,
		String defaultTemplate, String budgetDaily, String budgetMonthly) {

	/** @throws ActionRefused naming the first setting that cannot be */
	AppSettings settings() {
		return new AppSettings(Boolean.TRUE.equals(dryRun), interval(), cap(), quiet(), template(),
				new Budget(dollars("accounts.invalid.budgetDaily", budgetDaily),
						dollars("accounts.invalid.budgetMonthly", budgetMonthly)));
	}

	/** The settings as the form shows them. */
	static AccountSettingsForm of(AppSettings settings) {
		return new AccountSettingsForm(settings.dryRun(), print(settings.minInterval()),
				String.valueOf(settings.dailyCap()),
				settings.quietHours() == null ? "" : settings.quietHours().toString(),
				settings.defaultTemplate() == null ? "" : settings.defaultTemplate(), plain(settings.budget().daily()),
				plain(settings.budget().monthly()));
	}

	private Duration interval() {
		if (blank(minInterval)) {
			return Duration.ZERO;
		}
		try {
			Duration interval = DurationStyle.detectAndParse(minInterval.strip());
			if (!interval.isNegative()) {
				return interval;
			}
		}
		catch (IllegalArgumentException ex) {
			// Said below, in the reader's language.
		}
		throw new ActionRefused("accounts.invalid.minInterval",
				"min-interval is a duration such as 10m or 90s, not '" + minInterval + "'", minInterval);
	}

	private int cap() {
		if (blank(dailyCap)) {
			return 0;
		}
		try {
			int cap = Integer.parseInt(dailyCap.strip());
			if (cap >= 0) {
				return cap;
			}
		}
		catch (NumberFormatException ex) {
			// Said below.
		}
		throw new ActionRefused("accounts.invalid.dailyCap", "daily-cap is a whole number, 0 or more, not '" + dailyCap
				+ "'", dailyCap);
	}

	private QuietHours quiet() {
		if (blank(quietHours)) {
			return null;
		}
		try {
			return QuietHours.parse(quietHours);
		}
		catch (IllegalArgumentException ex) {
			throw new ActionRefused("accounts.invalid.quietHours",
					"quiet-hours look like 23:00-06:00 Asia/Aden, not '" + quietHours + "'", quietHours);
		}
	}

	private String template() {
		if (blank(defaultTemplate)) {
			return null;
		}
		try {
			return PostTemplate.parse(defaultTemplate.replace("\r\n", "\n")).source();
		}
		catch (InvalidTemplateException ex) {
			throw new ActionRefused("accounts.invalid.template", "the template is not valid: " + ex.getMessage(),
					ex.getMessage());
		}
	}

	private static BigDecimal dollars(String key, String text) {
		if (blank(text)) {
			return null;
		}
		try {
			BigDecimal amount = new BigDecimal(text.strip());
			if (amount.signum() >= 0 && amount.scale() <= 4 && amount.precision() - amount.scale() <= 8) {
				return amount;
			}
		}
		catch (NumberFormatException ex) {
			// Said below.
		}
		throw new ActionRefused(key, "a budget is an amount in US dollars, 0 or more, not '" + text + "'", text);
	}

	/** In the largest unit that says it exactly: {@code 10m}, not {@code 600000ms}. */
	static String print(Duration interval) {
		long seconds = interval.toSeconds();
		ChronoUnit unit = seconds % 3600 == 0 && seconds > 0 ? ChronoUnit.HOURS
				: seconds % 60 == 0 && seconds > 0 ? ChronoUnit.MINUTES : ChronoUnit.SECONDS;
		return DurationStyle.SIMPLE.print(interval, unit);
	}

	private static String plain(BigDecimal amount) {
		return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
