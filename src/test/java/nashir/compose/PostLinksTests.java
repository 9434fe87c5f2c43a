package nashir.compose;

import java.util.List;

import nashir.compose.PostLinks.Kind;
import nashir.compose.PostLinks.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PostLinksTests {

	static final String SLUG = "https://ofoq.example.com/2021/06/16/قمة-بوتين-وبايدن-اتفاق/";

	static final String ENCODED = "https://ofoq.example.com/2021/06/16/%D9%82%D9%85%D8%A9-%D8%A8%D9%88%D8%AA%D9%8A%D9%86-%D9%88%D8%A8%D8%A7%D9%8A%D8%AF%D9%86-%D8%A7%D8%AA%D9%81%D8%A7%D9%82/";

	@Test
	void shouldEncodeEveryLinkOfAnEditorsTextAsAFeedLink() {
		String typed = "عاجل: انطلاق مؤتمر الحوار الوطني في صنعاء بمشاركة واسعة\r\n" + SLUG + "\nوأيضا " + SLUG;

		String sent = PostLinks.forX(typed);

		assertThat(sent).isEqualTo("عاجل: انطلاق مؤتمر الحوار الوطني في صنعاء بمشاركة واسعة\n" + ENCODED + "\nوأيضا " + ENCODED);
		assertThat(TweetLength.asSent(typed)).isEqualTo(TweetLength.of(sent));
		assertThat(TweetLength.of(sent).weightedLength()).isEqualTo(55 + 1 + 23 + "\nوأيضا ".length() + 23);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			full stop            | اقرأ https://ofoq.example.com/خبر.              | اقرأ https://ofoq.example.com/%D8%AE%D8%A8%D8%B1.
			Arabic question mark | هل قرأت https://ofoq.example.com/خبر؟           | هل قرأت https://ofoq.example.com/%D8%AE%D8%A8%D8%B1؟
			Arabic quotes        | «https://ofoq.example.com/خبر»                  | «https://ofoq.example.com/%D8%AE%D8%A8%D8%B1»
			balanced bracket     | (انظر https://ofoq.example.com/a_(b))            | (انظر https://ofoq.example.com/a_(b))
			""")
	void shouldLeaveTheSentencesPunctuationOutOfTheLink(String what, String typed, String sent) {
		assertThat(PostLinks.forX(typed)).isEqualTo(sent);
	}

	@Test
	void shouldShowLinksReadableAndGiveTheSameTextBack() {
		String sent = "قمة “بوتين وبايدن”\n" + ENCODED + "?s=%D9%85%D8%B5%D8%B1%20%26%2F";

		String readable = PostLinks.forReading(sent);

		assertThat(readable).isEqualTo("قمة “بوتين وبايدن”\n" + SLUG + "?s=مصر%20%26%2F");
		assertThat(PostLinks.forX(readable)).isEqualTo(sent);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://ofoq.example.com/%E2%80%AEtxt.exe", "https://ofoq.example.com/a%C2%A0b",
			"https://ofoq.example.com/%E2%80%8Fx", "https://ofoq.example.com/%FF%FE" })
	void shouldKeepInvisibleAndBrokenCharactersEscaped(String link) {
		assertThat(PostLinks.forReading(link)).isEqualTo(link);
	}

	@Test
	void shouldShowAnInternationalHostInItsScript() {
		assertThat(PostLinks.link("https://مثال.com/خبر"))
			.isEqualTo(new Part(Kind.LINK, "https://مثال.com/خبر", "https://xn--mgbh0fb.com/%D8%AE%D8%A8%D8%B1"));
	}

	@Test
	void shouldCutATextIntoTheKindsXMarks() {
		List<Part> parts = PostLinks.parts("#عاجل انطلاق مؤتمر الحوار @ofoq_news\n" + ENCODED + " #اليمن");

		assertThat(parts).containsExactly(new Part(Kind.HASHTAG, "#عاجل", null),
				new Part(Kind.TEXT, " انطلاق مؤتمر الحوار ", null), new Part(Kind.MENTION, "@ofoq_news", null),
				new Part(Kind.TEXT, "\n", null), new Part(Kind.LINK, SLUG, ENCODED), new Part(Kind.TEXT, " ", null),
				new Part(Kind.HASHTAG, "#اليمن", null));
	}

	@Test
	void shouldKeepAFragmentOfALinkInTheLink() {
		assertThat(PostLinks.parts("خبر https://ofoq.example.com/a#تعليقات"))
			.extracting(Part::kind)
			.containsExactly(Kind.TEXT, Kind.LINK);
	}

	@Test
	void shouldLeaveWhatIsNoLinkAsText() {
		assertThat(PostLinks.parts("https:// خبر")).containsExactly(new Part(Kind.TEXT, "https:// خبر", null));
		assertThat(PostLinks.link("file:feeds/ofoq.xml")).isEqualTo(new Part(Kind.TEXT, "file:feeds/ofoq.xml", null));
	}

}
