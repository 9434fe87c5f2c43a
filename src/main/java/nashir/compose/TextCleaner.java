package nashir.compose;

import java.text.Normalizer;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;

/**
 * Makes feed text safe to post: HTML entities decoded once, tags stripped, NFC, one space
 * between words, and no invisible characters that could reorder or hide text.
 */
final class TextCleaner {

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

	/** A ZWJ joins two visible characters (emoji sequences, Arabic shaping); alone it hides. */
	private static final Pattern DANGLING_ZWJ = Pattern.compile("(?<![^\\s\u200d])\u200d|\u200d(?![^\\s\u200d])");

	private TextCleaner() {
	}

	static String clean(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		// One jsoup pass both strips tags and decodes entities, so "&amp;#8220;" becomes the
		// literal "&#8220;" the publisher meant, never a quotation mark.
		String plain = text.indexOf('<') >= 0 || text.indexOf('&') >= 0 ? Jsoup.parseBodyFragment(text).text() : text;
		String shown = removeHidden(plain);
		// The pattern looks behind at every character: a text without a ZWJ (most) skips it.
		String visible = shown.indexOf('\u200d') < 0 ? shown : DANGLING_ZWJ.matcher(shown).replaceAll("");
		// NFC last: removing characters can bring a base and its combining mark together.
		return Normalizer.normalize(WHITESPACE.matcher(visible).replaceAll(" ").strip(), Normalizer.Form.NFC);
	}

	private static String removeHidden(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().filter((cp) -> !isHidden(cp)).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	/**
	 * Zero-width space, bidi embeddings/overrides/isolates (they can spoof the reading order,
	 * and X rejects some of them), byte-order marks, stray surrogates and non-characters.
	 * Line breaks and tabs survive here only to become spaces.
	 */
	static boolean isHidden(int cp) {
		return cp == 0x200B || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF
				|| cp == 0xFFFE || cp == 0xFFFF || Character.getType(cp) == Character.SURROGATE
				|| (Character.getType(cp) == Character.CONTROL && !Character.isWhitespace(cp));
	}

}
