package nashir.web;

import java.util.Locale;

/**
 * Arabic spelling variants folded to one form, so that "الاسواق" finds "الأسواق", "مدرسه" finds
 * "مدرسة" and "على" finds "علي", and harakat or tatweel never stand in the way: alef forms أ إ آ ٱ
 * become ا, hamza on a seat ؤ ئ becomes ء, taa marbuta ة becomes ه, alef maqsura ى becomes ي, and
 * tatweel, harakat, tanween, shadda, sukun, dagger alef and Quranic marks are dropped.
 *
 * <p>
 * The same table folds the words searched for (in Java) and the stored text (in SQL, with
 * {@code TRANSLATE} and {@code REPLACE}, which H2 and PostgreSQL both have), so the two always agree.
 * The text is folded as the query reads it rather than kept folded in a column: every writer of
 * {@code post} (the queue's, the editors') stays as it is, and PostgreSQL can still index the
 * expression (migration V55).
 */
final class ArabicSearch {

	private static final char TATWEEL = 'ـ';

	/** Each character of {@code FROM} becomes the one at the same place in {@code TO}; tatweel is then dropped. */
	private static final String FROM;

	private static final String TO;

	static {
		StringBuilder from = new StringBuilder("أإآٱؤئةى");
		StringBuilder to = new StringBuilder("ااااءءهي");
		int[][] marks = { { 0x0610, 0x061A }, { 0x064B, 0x065F }, { 0x0670, 0x0670 } };
		for (int[] range : marks) {
			for (int c = range[0]; c <= range[1]; c++) {
				from.append((char) c);
				to.append(TATWEEL);
			}
		}
		FROM = from.toString();
		TO = to.toString();
	}

	private ArabicSearch() {
	}

	static String fold(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int at = FROM.indexOf(c);
			char folded = at < 0 ? c : TO.charAt(at);
			if (folded != TATWEEL) {
				out.append(folded);
			}
		}
		return out.toString().toLowerCase(Locale.ROOT);
	}

	/** The SQL expression that folds {@code column} as {@link #fold} does. */
	static String sql(String column) {
		return "LOWER(REPLACE(TRANSLATE(" + column + ", '" + FROM + "', '" + TO + "'), '" + TATWEEL + "', ''))";
	}

}
