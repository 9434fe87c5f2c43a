package nashir.telegram;

import nashir.compose.LengthRule;
import nashir.compose.PostLength;

/**
 * A post's text as Telegram takes it: sent in HTML parse mode, so the text is escaped and never read
 * as markup, and counted as Telegram counts it once entities are parsed, in UTF-16 code units.
 */
final class TelegramText {

	/** A message's most. */
	static final int MAX_MESSAGE = 4096;

	/** A photo caption's most: a longer text goes as a message. */
	static final int MAX_CAPTION = 1024;

	/** A post's length as Telegram counts it; an empty text is refused ("message text is empty"). */
	static final LengthRule LENGTH = (text) -> new PostLength(text.length(), MAX_MESSAGE,
			!text.isBlank() && text.length() <= MAX_MESSAGE);

	private TelegramText() {
	}

	/** The three characters the Bot API's HTML mode reads as markup (its documentation names no others). */
	static String html(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	static boolean fitsCaption(String text) {
		return text.length() <= MAX_CAPTION;
	}

}
