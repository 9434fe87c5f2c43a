package nashir.text;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Why something was refused or failed, as a message key with its arguments (for pages, in the
 * reader's language) and as one English sentence (for logs and the API).
 *
 * <p>A reason that must travel as a string (an exception's field, a text column) travels in its
 * {@link #stored()} form: the English sentence first, then the key and the arguments, each after a
 * unit separator (U+001F), a character no human text contains. A string without one is an English
 * sentence written before reasons had keys (or by hand): {@link #read} keeps it as it is.
 *
 * @param key the message key, or {@code null} for an English sentence without one
 * @param args the arguments: {@link String}, {@link Long} or {@link Instant}, so a page can write
 * numbers and times in its own digits and zone
 */
public record Reason(String key, List<Object> args, String english) {

	private static final char SEPARATOR = '\u001F';

	public Reason {
		Objects.requireNonNull(english, "english");
		args = List.copyOf(args);
		for (Object arg : args) {
			if (!(arg instanceof String || arg instanceof Long || arg instanceof Instant)) {
				throw new IllegalArgumentException("a reason's argument is a String, Long or Instant, not " + arg);
			}
		}
	}

	/** A reason with a key; {@code int} arguments are widened to {@link Long}. */
	public static Reason of(String key, String english, Object... args) {
		return new Reason(key, Arrays.stream(args).map(Reason::normal).toList(), english);
	}

	/** The reason a stored string holds, or {@code null} for {@code null}. */
	public static Reason read(String stored) {
		if (stored == null) {
			return null;
		}
		String[] parts = stored.split(String.valueOf(SEPARATOR), -1);
		if (parts.length < 2 || parts[1].isEmpty()) {
			return new Reason(null, List.of(), stored);
		}
		List<Object> args = new ArrayList<>();
		for (int i = 2; i < parts.length; i++) {
			args.add(argument(parts[i]));
		}
		return new Reason(parts[1], args, parts[0]);
	}

	/** The English sentence of a stored string (itself when it has no key), or {@code null}. */
	public static String english(String stored) {
		return stored == null ? null : read(stored).english();
	}

	/** This reason as one string: English first, so a reader that knows nothing of keys still reads a sentence. */
	public String stored() {
		if (this.key == null) {
			return this.english;
		}
		StringBuilder out = new StringBuilder(clean(this.english)).append(SEPARATOR).append(this.key);
		for (Object arg : this.args) {
			String type = arg instanceof Long ? "n" : arg instanceof Instant ? "t" : "s";
			out.append(SEPARATOR).append(type).append(clean(arg.toString()));
		}
		return out.toString();
	}

	/**
	 * The stored form in at most {@code max} characters (a column's size): the English sentence is
	 * cut so the key and the arguments stay whole; when even they do not fit, only the cut sentence.
	 */
	public String stored(int max) {
		String whole = stored();
		if (whole.length() <= max) {
			return whole;
		}
		int room = this.english.length() - (whole.length() - max);
		if (this.key == null || room < 1) {
			return cut(this.english, Math.min(max, this.english.length()));
		}
		return new Reason(this.key, this.args, cut(this.english, room)).stored();
	}

	private static String cut(String text, int length) {
		int end = length > 0 && Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
		return text.substring(0, end);
	}

	private static Object normal(Object arg) {
		if (arg instanceof Integer || arg instanceof Long || arg instanceof Short) {
			return ((Number) arg).longValue();
		}
		return arg instanceof Instant ? arg : String.valueOf(arg);
	}

	private static Object argument(String part) {
		if (part.isEmpty()) {
			return "";
		}
		String value = part.substring(1);
		try {
			return switch (part.charAt(0)) {
				case 'n' -> Long.parseLong(value);
				case 't' -> Instant.parse(value);
				default -> value;
			};
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			return value;
		}
	}

	private static String clean(String text) {
		return text.replace(SEPARATOR, ' ');
	}

}
