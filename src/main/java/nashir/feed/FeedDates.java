package nashir.feed;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.io.impl.DateParser;

/**
 * An item's date as Rome's parse reads it ({@link DateParser#parseDate} with {@link Locale#US}, the
 * call its parsers make). The two shapes nearly every feed writes, RSS's
 * {@code Wed, 02 Dec 2026 10:00:00 +0300} and Atom's {@code 2026-12-02T10:00:00+03:00}, are read
 * here without a {@code SimpleDateFormat}: Rome builds one per date, the most costly step of a
 * first read's fifty dates. Anything else, and anything Rome's lenient calendar would read
 * differently (a wrong weekday, 31 February, hour 24, a second 60, a year before 1900), goes to Rome.
 */
final class FeedDates {

	private static final List<String> DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

	private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
			"Oct", "Nov", "Dec");

	private FeedDates() {
	}

	/** The date, or {@code null} where Rome reads none. */
	static Instant parse(String text) {
		if (text == null) {
			return null;
		}
		Instant common = common(text);
		if (common != null) {
			return common;
		}
		Date date = DateParser.parseDate(text, Locale.US);
		return date == null ? null : date.toInstant();
	}

	/** The date when the text has one of the two common shapes exactly, else {@code null}. */
	static Instant common(String text) {
		try {
			return text.length() == 20 || text.length() == 25 ? w3c(text) : rfc822(text);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** {@code EEE, dd MMM yyyy HH:mm:ss} then {@code GMT} or {@code ±hhmm}. */
	private static Instant rfc822(String text) {
		boolean gmt = text.length() == 29 && text.endsWith(" GMT");
		if (!gmt && text.length() != 31 || text.charAt(3) != ',' || text.charAt(4) != ' ' || text.charAt(7) != ' '
				|| text.charAt(11) != ' ' || text.charAt(16) != ' ' || text.charAt(25) != ' ') {
			return null;
		}
		int day = DAYS.indexOf(text.substring(0, 3));
		int month = MONTHS.indexOf(text.substring(8, 11)) + 1;
		if (day < 0 || month == 0) {
			return null;
		}
		LocalDateTime time = time(text, number(text, 12, 4), month, number(text, 5, 2), 17);
		if (time == null || time.getDayOfWeek() != DayOfWeek.of(day + 1)) {
			return null;
		}
		ZoneOffset offset = gmt ? ZoneOffset.UTC : offset(text, 26, false);
		return offset == null ? null : time.toInstant(offset);
	}

	/** {@code yyyy-MM-ddTHH:mm:ss} then {@code Z} or {@code ±hh:mm}. */
	private static Instant w3c(String text) {
		boolean zulu = text.length() == 20 && text.charAt(19) == 'Z';
		if (!zulu && text.length() != 25 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T') {
			return null;
		}
		LocalDateTime time = time(text, number(text, 0, 4), number(text, 5, 2), number(text, 8, 2), 11);
		ZoneOffset offset = zulu ? ZoneOffset.UTC : offset(text, 19, true);
		return time == null || offset == null ? null : time.toInstant(offset);
	}

	/**
	 * {@code HH:mm:ss} at {@code at}, on a day of the Gregorian calendar as both read it; a field out
	 * of range (a non-digit reads as -1) throws, as {@link #common} expects.
	 */
	private static LocalDateTime time(String text, int year, int month, int day, int at) {
		if (year < 1900 || text.charAt(at + 2) != ':' || text.charAt(at + 5) != ':') {
			return null;
		}
		return LocalDateTime.of(year, month, day, number(text, at, 2), number(text, at + 3, 2), number(text, at + 6, 2));
	}

	/**
	 * {@code ±hhmm} (or {@code ±hh:mm}) at {@code at}. Beyond ±18 hours {@link ZoneOffset} throws and
	 * Rome, which takes up to 23, reads it.
	 */
	private static ZoneOffset offset(String text, int at, boolean colon) {
		char sign = text.charAt(at);
		int hours = number(text, at + 1, 2);
		int minutes = number(text, colon ? at + 4 : at + 3, 2);
		if (sign != '+' && sign != '-' || colon && text.charAt(at + 3) != ':' || hours < 0 || minutes < 0) {
			return null;
		}
		return sign == '-' ? ZoneOffset.ofHoursMinutes(-hours, -minutes) : ZoneOffset.ofHoursMinutes(hours, minutes);
	}

	/** The ASCII digits at {@code [from, from + length)}, or -1. */
	private static int number(String text, int from, int length) {
		int value = 0;
		for (int i = from; i < from + length; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

}
