package nashir.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			# what                      | feed text                                     | cleaned
			numeric entities            | قمة &#8220;بوتين وبايدن&#8221;                 | قمة “بوتين وبايدن”
			named entities              | الدولار &amp; اليورو &ndash; أسعار             | الدولار & اليورو – أسعار
			decoded once, not twice     | كتب &amp;#8220; حرفيا                          | كتب &#8220; حرفيا
			bare ampersand stays        | AT&T و R&D                                     | AT&T و R&D
			tags stripped               | <p>خبر <b>عاجل</b></p><p>ثانٍ</p>              | خبر عاجل ثانٍ
			less-than is not a tag      | 3 < 5 دائما                                    | 3 < 5 دائما
			whitespace collapsed        | "  سطر\t\tأول \n\n سطر   ثان  "                 | سطر أول سطر ثان
			no-break spaces collapsed   | "عاجل\u00a0\u00a0الآن"                          | عاجل الآن
			zero-width space removed    | "مصر\u200bاليوم"                                | مصراليوم
			bidi override removed       | "abc\u202egnp.exe"                              | abcgnp.exe
			bidi embeddings removed     | "\u202aعربي\u202c \u202bنص\u202c \u202dx\u202c" | عربي نص x
			bidi isolates removed       | "\u2066أ\u2069 \u2067ب\u2069 \u2068ج\u2069"     | أ ب ج
			byte-order mark removed     | "\ufeffخبر"                                     | خبر
			dangling ZWJ removed        | "خبر \u200d عاجل\u200d"                         | خبر عاجل
			ZWJ family emoji kept       | عائلة 👨‍👩‍👧‍👦 سعيدة                               | عائلة 👨‍👩‍👧‍👦 سعيدة
			harakat kept                | مَدْرَسَةٌ جَدِيدَةٌ                                | مَدْرَسَةٌ جَدِيدَةٌ
			""")
	void shouldCleanFeedText(String what, String feedText, String cleaned) {
		assertThat(TextCleaner.clean(unescape(feedText))).isEqualTo(unescape(cleaned));
	}

	@Test
	void shouldComposeToNfc() {
		String decomposed = "cafe\u0301 و " + Normalizer.normalize("آمنة", Normalizer.Form.NFD);

		String cleaned = TextCleaner.clean(decomposed);

		assertThat(cleaned).isEqualTo("café و آمنة");
		assertThat(Normalizer.isNormalized(cleaned, Normalizer.Form.NFC)).isTrue();
	}

	@Test
	void shouldComposeMarksThatARemovedCharacterKeptApart() {
		assertThat(TextCleaner.clean("e\u200b\u0301")).isEqualTo("é");
	}

	@Test
	void shouldTurnNullIntoEmptyText() {
		assertThat(TextCleaner.clean(null)).isEmpty();
	}

	/** CSV cells cannot hold invisible characters readably, so the table writes them as \\uXXXX. */
	static String unescape(String text) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			if (text.startsWith("\\u", i)) {
				out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
				i += 5;
			}
			else if (text.startsWith("\\t", i) || text.startsWith("\\n", i)) {
				out.append(text.charAt(i + 1) == 't' ? '\t' : '\n');
				i++;
			}
			else {
				out.append(text.charAt(i));
			}
		}
		return out.toString();
	}

}
