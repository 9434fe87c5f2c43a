package nashir.bluesky;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.ibm.icu.text.BreakIterator;

import nashir.compose.LengthRule;
import nashir.compose.PostLength;

/**
 * Bluesky's two limits on a post's text: 300 graphemes (what a reader sees as one character: an emoji
 * sequence joined by ZWJ, an Arabic letter with its marks) and 3,000 UTF-8 bytes. A text past the bytes is
 * reported longer than 300, so the composer shortens it as it does a text past the graphemes.
 */
final class BlueskyLength implements LengthRule {

	static final int MAX_GRAPHEMES = 300;

	static final int MAX_BYTES = 3_000;

	static final BlueskyLength RULE = new BlueskyLength();

	@Override
	public PostLength measure(String text) {
		int graphemes = graphemes(text);
		int length = bytes(text) > MAX_BYTES ? Math.max(graphemes, MAX_GRAPHEMES + 1) : graphemes;
		return new PostLength(length, MAX_GRAPHEMES, length <= MAX_GRAPHEMES);
	}

	static int graphemes(String text) {
		BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
		graphemes.setText(text);
		int count = 0;
		while (graphemes.next() != BreakIterator.DONE) {
			count++;
		}
		return count;
	}

	static int bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

}
