package nashir.feed;

import java.net.URI;
import java.text.Normalizer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Feed text to plain text with jsoup: HTML entities decoded exactly once (Rome has already undone
 * the XML escaping, so WordPress's {@code &amp;#8220;} arrives here as {@code &#8220;}), tags
 * stripped, whitespace collapsed, and the result in Unicode NFC.
 */
final class HtmlText {

	private HtmlText() {
	}

	static String plain(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		// Most titles hold no markup at all: skip the HTML parser for them.
		String text = html.indexOf('&') < 0 && html.indexOf('<') < 0 ? html.replaceAll("\\s+", " ")
				: Jsoup.parseBodyFragment(html).text();
		return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
	}

	/** {@code text} cut to at most {@code max} characters, never between the two halves of an emoji. */
	static String cut(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
	}

	/** The absolute URL of the first {@code <img>} in {@code html}, or {@code null}. */
	static String firstImage(String html, URI base) {
		if (html == null || !html.contains("<img")) {
			return null;
		}
		Element img = Jsoup.parseBodyFragment(html, base.toString()).selectFirst("img[src]");
		return img == null || img.absUrl("src").isEmpty() ? null : img.absUrl("src");
	}

}
