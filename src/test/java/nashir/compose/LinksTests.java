package nashir.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.twitter.twittertext.Extractor;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LinksTests {

	@Nested
	class Encoding {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', textBlock = """
				# what                   | link as the feed gives it                             | as posted
				raw Arabic path          | https://ofoq.example.com/2021/06/16/قمة-بوتين/         | https://ofoq.example.com/2021/06/16/%D9%82%D9%85%D8%A9-%D8%A8%D9%88%D8%AA%D9%8A%D9%86/
				already encoded kept     | https://ofoq.example.com/%D9%82%d9%85-x/              | https://ofoq.example.com/%D9%82%d9%85-x/
				mixed raw and encoded    | https://ofoq.example.com/%D9%82م/                     | https://ofoq.example.com/%D9%82%D9%85/
				stray percent encoded    | https://ofoq.example.com/100%-خبر                     | https://ofoq.example.com/100%25-%D8%AE%D8%A8%D8%B1
				Arabic query             | https://ofoq.example.com/?s=مصر&page=2                | https://ofoq.example.com/?s=%D9%85%D8%B5%D8%B1&page=2
				fragment kept            | https://ofoq.example.com/خبر/#تعليقات                 | https://ofoq.example.com/%D8%AE%D8%A8%D8%B1/#%D8%AA%D8%B9%D9%84%D9%8A%D9%82%D8%A7%D8%AA
				query and fragment       | https://ofoq.example.com/a?p=1#top                    | https://ofoq.example.com/a?p=1#top
				space in path            | https://ofoq.example.com/a b                          | https://ofoq.example.com/a%20b
				emoji in path            | https://ofoq.example.com/🌙                           | https://ofoq.example.com/%F0%9F%8C%99
				international host       | https://مثال.com/خبر                                  | https://xn--mgbh0fb.com/%D8%AE%D8%A8%D8%B1
				upper-case scheme, host  | HTTPS://Ofoq.Example.COM/Path                         | https://ofoq.example.com/Path
				port kept                | http://ofoq.example.com:8080/x                        | http://ofoq.example.com:8080/x
				final full stop          | https://ofoq.example.com/a.                           | https://ofoq.example.com/a%2E
				""")
		void shouldPercentEncodeAsUri(String what, String link, String expected) {
			assertThat(Links.encode(link)).contains(expected);
		}

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = { "ofoq.example.com/x", "/2021/06/16/خبر", "javascript:alert(1)", "ftp://example.com/x",
				"https:///x" })
		void shouldRefuseWhatIsNotAnAbsoluteHttpLink(String link) {
			assertThat(Links.encode(link)).isEmpty();
		}

		@ParameterizedTest
		@ValueSource(strings = { "https://ofoq.example.com/2021/06/16/قمة-بوتين-وبايدن-اتفاق/",
				"https://ofoq.example.com/?s=مصر&page=2#نتائج", "https://ofoq.example.com/a.", "https://مثال.com/(خبر)" })
		void shouldBeOneWholeLinkForX(String link) {
			String encoded = Links.encode(link).orElseThrow();
			String text = "خبر عاجل " + encoded + " اقرأ";

			assertThat(new Extractor().extractURLs(text)).containsExactly(encoded);
			assertThat(TweetLength.of(text).weightedLength()).isEqualTo("خبر عاجل ".length() + 23 + " اقرأ".length());
		}

	}

	@Nested
	class Campaign {

		static final UtmParameters UTM = new UtmParameters(
				map("source", "twitter", "medium", "social", "campaign", "أخبار اليوم"));

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', textBlock = """
				# link                               | with campaign parameters
				https://ofoq.example.com/a/          | https://ofoq.example.com/a/?utm_source=twitter&utm_medium=social&utm_campaign=%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1%20%D8%A7%D9%84%D9%8A%D9%88%D9%85
				https://ofoq.example.com/a/?p=1#top  | https://ofoq.example.com/a/?p=1&utm_source=twitter&utm_medium=social&utm_campaign=%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1%20%D8%A7%D9%84%D9%8A%D9%88%D9%85#top
				https://ofoq.example.com/a/?#top     | https://ofoq.example.com/a/?utm_source=twitter&utm_medium=social&utm_campaign=%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1%20%D8%A7%D9%84%D9%8A%D9%88%D9%85#top
				https://ofoq.example.com/a/?utm_source=rss&utm_campaign=x | https://ofoq.example.com/a/?utm_source=rss&utm_campaign=x&utm_medium=social
				""")
		void shouldAddCampaignParametersBeforeTheFragmentWithoutOverridingTheLinks(String link, String expected) {
			assertThat(Links.withCampaign(link, UTM)).isEqualTo(expected);
		}

		@Test
		void shouldLeaveTheLinkAloneWithoutCampaign() {
			assertThat(Links.withCampaign("https://ofoq.example.com/a?p=1#x", UtmParameters.NONE))
				.isEqualTo("https://ofoq.example.com/a?p=1#x");
		}

		@Test
		void shouldSkipEmptyValuesAndEscapeSeparatorsInValues() {
			UtmParameters utm = new UtmParameters(map("source", "", "content", "a&b=c#d", "utm_term", "x"));

			assertThat(Links.withCampaign("https://ofoq.example.com/", utm))
				.isEqualTo("https://ofoq.example.com/?utm_content=a%26b%3Dc%23d&utm_term=x");
		}

		@Test
		void shouldStayOneLinkForX() {
			String link = Links.withCampaign(Links.encode("https://ofoq.example.com/خبر?p=1#تعليق").orElseThrow(), UTM);

			assertThat(new Extractor().extractURLs("عاجل " + link)).isEqualTo(List.of(link));
		}

	}

	static Map<String, String> map(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
