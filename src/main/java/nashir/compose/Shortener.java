package nashir.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import com.ibm.icu.text.BreakIterator;

/**
 * Shortens text at a word boundary and marks the cut with {@code …}, never splitting a word or a
 * grapheme (an emoji sequence, a flag, a letter and its diacritics).
 */
final class Shortener {

	static final String ELLIPSIS = "…";

	static final int SEARCH_LIMIT = 4 * TweetLength.MAX;

	private Shortener() {
	}

	/**
	 * The longest {@code prefix + "…"} of the text, cut after a word, that {@code fits} accepts,
	 * or empty when not even the first word does.
	 */
	static Optional<String> shorten(String text, Predicate<String> fits) {
		// No post holds more than this of any text (even links in it weigh 23 each and are
		// rarely longer), so a whole article given as the excerpt costs no more than a paragraph.
		List<Integer> cuts = cuts(text.length() > SEARCH_LIMIT ? text.substring(0, SEARCH_LIMIT) : text);
		// Longer prefixes almost always weigh more, so a binary search finds the cut in a few
		// length checks even for a long excerpt; every answer is still checked by `fits`.
		int low = 0;
		int high = cuts.size() - 1;
		String best = null;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			String candidate = text.substring(0, cuts.get(middle)) + ELLIPSIS;
			if (fits.test(candidate)) {
				best = candidate;
				low = middle + 1;
			}
			else {
				high = middle - 1;
			}
		}
		return Optional.ofNullable(best);
	}

	/** Where the text may be cut: after a word, before the end, shortest first. */
	private static List<Integer> cuts(String text) {
		BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
		BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
		words.setText(text);
		graphemes.setText(text);
		List<Integer> cuts = new ArrayList<>();
		for (int end = words.first(); end != BreakIterator.DONE && end < text.length(); end = words.next()) {
			int cut = trimEnd(text, end, graphemes);
			if (cut > 0 && (cuts.isEmpty() || cuts.get(cuts.size() - 1) != cut)) {
				cuts.add(cut);
			}
		}
		return cuts;
	}

	/** Drops spaces and dangling punctuation before the cut ("قمة “بوتين…", not "قمة “…"). */
	private static int trimEnd(String text, int end, BreakIterator graphemes) {
		int cut = end;
		while (cut > 0) {
			int cp = text.codePointBefore(cut);
			if (!Character.isWhitespace(cp) && !isDanglingPunctuation(cp)) {
				break;
			}
			cut -= Character.charCount(cp);
		}
		while (cut > 0 && !graphemes.isBoundary(cut)) {
			cut = graphemes.preceding(cut);
		}
		return cut;
	}

	private static boolean isDanglingPunctuation(int cp) {
		int type = Character.getType(cp);
		return type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
				|| type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.OTHER_PUNCTUATION
				|| type == Character.CONNECTOR_PUNCTUATION;
	}

}
