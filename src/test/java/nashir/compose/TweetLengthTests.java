package nashir.compose;

import java.util.List;
import java.util.stream.IntStream;

import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** X's count skips twitter-text's emoji search only where it could find none, and so always counts as X does. */
class TweetLengthTests {

	private static final String HEADLINE = "عاجل: الرئيس يلتقي وفدا من رجال الأعمال لبحث سبل تعزيز الاستثمار";

	private static final String LINK = "https://ofoq.example.com/2026/12/02/%D8%B9%D8%A7%D8%AC%D9%84/";

	@Test
	void shouldCountEveryCodePointAsTwitterTextDoes() {
		// The BMP, the emoji blocks and the tags of flag sequences, each in an Arabic text with digits, # and *.
		IntStream codePoints = IntStream.concat(IntStream.concat(IntStream.rangeClosed(0x20, 0xFFFF),
				IntStream.rangeClosed(0x1F000, 0x1FAFF)), IntStream.rangeClosed(0xE0020, 0xE007F))
			.filter((cp) -> !Character.isSurrogate((char) cp) || cp > 0xFFFF);
		codePoints.forEach((cp) -> {
			String text = "خبر " + Character.toString(cp) + " 2026 #1 *";
			assertThat(TweetLength.of(text)).as("U+%04X", cp).isEqualTo(asX(text));
		});
	}

	@Test
	void shouldCountEmojiSequencesAsTwitterTextDoes() {
		for (String text : List.of("1\u20E3 عاجل", "#\uFE0F\u20E3 " + HEADLINE, "🇾🇪 " + HEADLINE,
				"🔴 عاجل: " + HEADLINE + "\n" + LINK,
				"👨‍👩‍👧 أسرة", "👍🏽 شكرا", "© 2026 أفق نيوز", "🏴󠁧󠁢󠁥󠁮󠁧󠁿 England", "2026 * # 0")) {
			assertThat(TweetLength.of(text)).as(text).isEqualTo(asX(text));
		}
	}

	@Test
	void shouldLeaveOutTheEmojiSearchOnlyForTextsWithoutEmoji() {
		assertThat(TweetLength.mayHoldEmoji(HEADLINE + "\n" + LINK + " #اليمن 2026")).isFalse();
		assertThat(TweetLength.mayHoldEmoji("🔴 " + HEADLINE)).isTrue();
		assertThat(TweetLength.mayHoldEmoji("1\u20E3")).isTrue();
		assertThat(TweetLength.mayHoldEmoji("© أفق")).isTrue();
		assertThat(TweetLength.of("🔴 عاجل").weightedLength()).isEqualTo(2 + 1 + 4);
		assertThat(TweetLength.of(HEADLINE + "\n" + LINK).weightedLength()).isEqualTo(HEADLINE.length() + 1 + 23);
	}

	private static TweetLength asX(String text) {
		TwitterTextParseResults x = TwitterTextParser.parseTweet(text);
		return new TweetLength(x.weightedLength, x.isValid);
	}

}
