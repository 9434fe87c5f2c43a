package nashir.web;

import java.util.Locale;

import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.util.ULocale;

/**
 * The one digit style of Arabic pages ({@code nashir.web.digits}: {@code western} or
 * {@code arabic-indic}); English pages always use Western digits. ICU supplies both the digits
 * and the locale that makes its number and plural formats write them.
 */
final class Digits {

	enum Style {

		WESTERN("latn"), ARABIC_INDIC("arab");

		private final String numberingSystem;

		Style(String numberingSystem) {
			this.numberingSystem = numberingSystem;
		}

		static Style parse(String value) {
			return switch (value.trim().toLowerCase(Locale.ROOT)) {
				case "western" -> WESTERN;
				case "arabic-indic" -> ARABIC_INDIC;
				default -> throw new IllegalArgumentException(
						"nashir.web.digits must be western or arabic-indic, not '" + value + "'");
			};
		}

	}

	private final Style arabic;

	Digits(Style arabic) {
		this.arabic = arabic;
	}

	Style style(Locale locale) {
		return "ar".equals(locale.getLanguage()) ? this.arabic : Style.WESTERN;
	}

	/** The locale ICU formats with: the page's language and its digits. */
	ULocale locale(Locale locale) {
		return ULocale.forLocale(locale).setKeywordValue("numbers", style(locale).numberingSystem);
	}

	/** The text with its Western digits written in the page's digits (times, ids, counts made elsewhere). */
	String apply(String text, Locale locale) {
		Style style = style(locale);
		if (text == null || style == Style.WESTERN) {
			return text;
		}
		String digits = NumberingSystem.getInstanceByName(style.numberingSystem).getDescription();
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (c >= '0' && c <= '9') {
				out.appendCodePoint(digits.codePointAt(digits.offsetByCodePoints(0, c - '0')));
			}
			else {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

}
