package nashir.web;

import java.util.Locale;

/**
 * Words folded as the publish log's {@code post.search_text} column folds the text (migration V55,
 * the same table of characters): "الاسواق" finds "الأسواق", "مدرسه" finds "مدرسة", "على" finds "علي",
 * and harakat or tatweel in either never stand in the way.
 */
final class ArabicSearch {

	private static final char ALEF = 'ا';

	private static final char HAMZA = 'ء';

	private static final char TATWEEL = 'ـ';

	private ArabicSearch() {
	}

	static String fold(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			int folded = folded(c);
			if (folded != TATWEEL) {
				out.appendCodePoint(folded);
			}
		});
		return out.toString().toLowerCase(Locale.ROOT);
	}

	/** One character as the column stores it; tatweel for one that is dropped. */
	static int folded(int c) {
		return switch (c) {
			case 'أ', 'إ', 'آ', 'ٱ' -> ALEF;
			case 'ؤ', 'ئ' -> HAMZA;
			case 'ة' -> 'ه';
			case 'ى' -> 'ي';
			default -> isMark(c) ? TATWEEL : c;
		};
	}

	/** Harakat, tanween, shadda, sukun, hamza and madda marks, dagger alef, Quranic marks. */
	private static boolean isMark(int c) {
		return (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670;
	}

}
