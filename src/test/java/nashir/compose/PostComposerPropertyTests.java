package nashir.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.ibm.icu.text.BreakIterator;
import com.twitter.twittertext.Extractor;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Whatever the headline and link, the post is one X accepts: within 280, NFC, the link once and
 * whole, and no grapheme broken by a cut.
 */
class PostComposerPropertyTests {

	private static final List<String> EMOJI = List.of("👨‍👩‍👧‍👦", "👩🏻‍💻", "🏳️‍🌈", "🇸🇦", "🇪🇬", "👍🏽", "🧕🏾", "😀",
			"❤️", "⚽");

	private static final List<String> TEMPLATES = List.of("{title}\\n{link}", "{title}\\n{hashtags}\\n{link}",
			"{title}\\n{excerpt}\\n{hashtags}\\n{link}", "{title} {hashtags}\\n{link}", "{title} {link}", "{link}\\n{title} {hashtags}");

	private final PostComposer composer = PostComposer.offline();

	@Property(tries = 200)
	void shouldAlwaysComposeAPostXAccepts(@ForAll("headlines") String title, @ForAll("headlines") String excerpt,
			@ForAll("links") String link, @ForAll("categories") List<String> categories,
			@ForAll("templates") String template, @ForAll boolean campaign) {
		UtmParameters utm = campaign ? new UtmParameters(Map.of("source", "twitter", "campaign", "أخبار"))
				: UtmParameters.NONE;
		ComposeRules rules = new ComposeRules(PostTemplate.parse(template), Map.of(),
				new HashtagRules(true, 3, List.of("عاجل"), Map.of(), List.of()), utm, ImageMode.AUTO, ZoneId.of("UTC"));

		ComposedPost post = composer.compose(new Story(title, link, excerpt, categories, "", "", null, null), rules,
				"main");

		String expectedLink = Links.withCampaign(Links.encode(link).orElseThrow(), utm);
		assertThat(post.weightedLength()).isLessThanOrEqualTo(TweetLength.MAX)
			.isEqualTo(TweetLength.of(post.text()).weightedLength());
		assertThat(post.valid()).isTrue();
		assertThat(Normalizer.isNormalized(post.text(), Normalizer.Form.NFC)).isTrue();
		assertThat(expectedLink).startsWith("https://ofoq.example.com/").matches("\\p{ASCII}+");
		assertThat(post.text().split(Pattern.quote(expectedLink), -1)).hasSize(2);
		assertThat(new Extractor().extractURLs(post.text())).containsExactly(expectedLink);
		assertThat(post.text().codePoints().filter((cp) -> Character.getType(cp) == Character.SURROGATE)).isEmpty();
		assertThat(post.text()).doesNotEndWith("\u200d");
		assertCutBetweenGraphemes(post.text(), TextCleaner.clean(title));
		assertCutBetweenGraphemes(post.text(), TextCleaner.clean(excerpt));
	}

	/**
	 * A shortened headline or excerpt starts a line and is a prefix of the clean text, cut
	 * between two graphemes of it, then "…".
	 */
	private static void assertCutBetweenGraphemes(String text, String clean) {
		BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
		graphemes.setText(clean);
		for (String line : text.split("\n")) {
			int ellipsis = line.indexOf(Shortener.ELLIPSIS);
			String kept = ellipsis < 0 ? "" : line.substring(0, ellipsis);
			if (!kept.isEmpty() && clean.startsWith(kept)) {
				assertThat(graphemes.isBoundary(kept.length())).as("cut after %s", kept).isTrue();
			}
		}
	}

	@Provide
	Arbitrary<String> headlines() {
		Arbitrary<String> arabic = Combinators
			.combine(Arbitraries.strings().withCharRange('\u0628', '\u064A').ofLength(1),
					Arbitraries.strings().withCharRange('\u0621', '\u064A').withCharRange('\u064B', '\u0652')
						.ofMinLength(1).ofMaxLength(9))
			.as(String::concat);
		Arbitrary<String> longWord = Arbitraries.strings().withCharRange('\u0621', '\u064A').ofMinLength(20)
			.ofMaxLength(120);
		Arbitrary<String> latin = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').ofMinLength(1)
			.ofMaxLength(12);
		Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').withCharRange('\u0660', '\u0669')
			.ofMinLength(1).ofMaxLength(6);
		Arbitrary<String> emoji = Arbitraries.of(EMOJI);
		Arbitrary<String> glued = Combinators.combine(arabic, emoji).as(String::concat);
		Arbitrary<String> quoted = arabic.map((word) -> "&#8220;" + word + "&#8221;..");
		Arbitrary<String> word = Arbitraries.frequencyOf(Tuple.of(10, arabic), Tuple.of(3, latin), Tuple.of(2, digits),
				Tuple.of(2, emoji), Tuple.of(1, glued), Tuple.of(1, quoted), Tuple.of(1, longWord));
		return word.list().ofMinSize(1).ofMaxSize(70).map((words) -> String.join(" ", words));
	}

	@Provide
	Arbitrary<String> links() {
		Arbitrary<String> segment = Arbitraries.frequencyOf(
				Tuple.of(3, Arbitraries.strings().withCharRange('\u0621', '\u064A').withChars('-').ofMinLength(1)
					.ofMaxLength(40)),
				Tuple.of(2, Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('-')
					.ofMinLength(1).ofMaxLength(20)));
		Arbitrary<String> path = segment.list().ofMinSize(0).ofMaxSize(4).map((parts) -> String.join("/", parts));
		Arbitrary<String> query = Arbitraries.of("", "?p=104233", "?s=مصر&page=2", "?utm_source=rss", "?");
		Arbitrary<String> fragment = Arbitraries.of("", "#comments", "#تعليقات", "#");
		Arbitrary<String> slash = Arbitraries.of("", "/");
		return Combinators.combine(path, slash, query, fragment)
			.as((p, s, q, f) -> "https://ofoq.example.com/" + p + (p.isEmpty() ? "" : s) + q + f);
	}

	@Provide
	Arbitrary<List<String>> categories() {
		return Arbitraries.of("أخبار دولية", "سياسة", "اقتصاد", "رياضة", "كوفيد-19", "2021", "منوعات وثقافة", "عاجل")
			.list().ofMaxSize(4);
	}

	@Provide
	Arbitrary<String> templates() {
		return Arbitraries.of(TEMPLATES);
	}

}
