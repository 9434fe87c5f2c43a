package nashir.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.ibm.icu.text.BreakIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShortenerTests {

	@ParameterizedTest(name = "{0} chars → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			30 | اتفاق على إطلاق حوار شامل…
			26 | اتفاق على إطلاق حوار شامل…
			25 | اتفاق على إطلاق حوار…
			6  | اتفاق…
			5  | ''
			""")
	void shouldCutAfterTheLastWholeWordThatFits(int maxChars, String expected) {
		String text = "اتفاق على إطلاق حوار شامل قريبا";

		assertThat(Shortener.shorten(text, (candidate) -> candidate.length() <= maxChars).orElse(""))
			.isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# dangling punctuation before the cut goes, a closing quote stays
			قمة “بوتين وبايدن”.. اتفاق على | 19 | قمة “بوتين وبايدن”…
			قمة “بوتين وبايدن”.. اتفاق على | 18 | قمة “بوتين وبايدن…
			قمة “بوتين وبايدن”.. اتفاق على | 8  | قمة…
			سعر النفط - برنت يرتفع          | 12 | سعر النفط…
			""")
	void shouldDropPunctuationLeftDanglingByTheCut(String text, int maxChars, String expected) {
		assertThat(Shortener.shorten(text, (candidate) -> candidate.length() <= maxChars)).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "👨‍👩‍👧‍👦", "🇸🇦", "🇪🇬", "👍🏽", "🧕🏾", "👩🏻‍💻", "❤️", "مَدْرَسَةٌ" })
	void shouldNeverSplitAGrapheme(String grapheme) {
		String text = ("خبر" + grapheme + " " + grapheme + "عاجل ").repeat(6).strip();
		BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
		graphemes.setText(text);

		for (int max = 1; max < text.length(); max++) {
			int limit = max;
			Shortener.shorten(text, (candidate) -> candidate.length() <= limit).ifPresent((shortened) -> {
				String kept = shortened.substring(0, shortened.length() - Shortener.ELLIPSIS.length());
				assertThat(text).startsWith(kept);
				assertThat(graphemes.isBoundary(kept.length())).as("grapheme boundary after %s", kept).isTrue();
			});
		}
	}

	@Test
	void shouldNotSplitAWordThatIsTooLong() {
		assertThat(Shortener.shorten("استراتيجيات", (candidate) -> candidate.length() <= 6)).isEmpty();
	}

}
