package nashir.compose;

/**
 * How one network counts a post's text, so the composer fits a story to that network and the
 * editor's counter says what the network will say.
 */
@FunctionalInterface
public interface LengthRule {

	/** X's rule (twitter-text): URLs 23, CJK and emoji 2, Arabic 1 per code point; 280 at most. */
	LengthRule X = (text) -> {
		TweetLength length = TweetLength.of(text);
		return new PostLength(length.weightedLength(), TweetLength.MAX, length.valid());
	};

	PostLength measure(String text);

}
