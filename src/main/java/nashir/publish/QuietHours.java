package nashir.publish;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hours in which an account posts nothing but urgent posts, such as {@code 23:00-06:00} or
 * {@code 01:00-05:30 Asia/Aden}. A window may cross midnight; the zone defaults to the machine's.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

	private static final Pattern FORMAT = Pattern.compile("\\s*(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*(\\S+)?\\s*");

	/** @throws IllegalArgumentException naming what is wrong with the text */
	public static QuietHours parse(String text) {
		Matcher matcher = FORMAT.matcher(text);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("quiet-hours must look like 23:00-06:00 (optionally a time zone after), not '"
					+ text + "'");
		}
		try {
			ZoneId zone = matcher.group(3) == null ? ZoneId.systemDefault() : ZoneId.of(matcher.group(3));
			return new QuietHours(time(matcher.group(1)), time(matcher.group(2)), zone);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("quiet-hours '" + text + "': " + ex.getMessage());
		}
	}

	private static LocalTime time(String text) {
		try {
			return LocalTime.parse(text.length() == 4 ? "0" + text : text);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("'" + text + "' is not a time of day");
		}
	}

	public boolean contains(Instant instant) {
		LocalTime time = instant.atZone(zone).toLocalTime();
		return start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end)
				: !time.isBefore(start) || time.isBefore(end);
	}

	/** The first moment after {@code instant} when the window closes. */
	public Instant endAfter(Instant instant) {
		var local = instant.atZone(zone);
		var end = local.with(this.end);
		return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
	}

	@Override
	public String toString() {
		return start + "-" + end + " " + zone;
	}

}
