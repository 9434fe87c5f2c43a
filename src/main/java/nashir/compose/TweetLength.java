package nashir.compose;

import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;

/**
 * A text's length by X's own rules (twitter-text v3: URLs count 23, CJK and emoji 2, Arabic 1 per
 * code point). The single place the length is computed, so the editor's counter and the
 * publisher can never disagree.
 */
public record TweetLength(int weightedLength, boolean valid) {

	public static final int MAX = 280;

	public static TweetLength of(String text) {
		TwitterTextParseResults result = TwitterTextParser.parseTweet(text);
		return new TweetLength(result.weightedLength, result.isValid);
	}

	/** The length of an editor's text once its links are encoded for X ({@link PostLinks#forX}). */
	public static TweetLength asSent(String text) {
		return of(PostLinks.forX(text));
	}

}
