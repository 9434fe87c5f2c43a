package nashir.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.BreakIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The order in which a post too long for X gives things up, seen through the composer. */
class PostFitterTests {

	static final String LINK = PostComposerTests.WORKED_LINK;

	static final String ENCODED = PostComposerTests.WORKED_ENCODED;

	/** Real news Arabic, repeated to make headlines and excerpts of any length. */
	static final String ARABIC = "أعلنت وزارة الصحة اليوم عن خطة وطنية جديدة لتطوير المستشفيات الحكومية في جميع المحافظات ";

	private final PostComposer composer = PostComposer.offline();

	/** Exactly {@code length} characters of Arabic words, not ending in a space. */
	static String arabic(int length) {
		String text = ARABIC.repeat(length / ARABIC.length() + 1).substring(0, length);
		return text.endsWith(" ") ? text.substring(0, length - 1) + "ة" : text;
	}

	static ComposeRules rules(String template, HashtagRules hashtags) {
		return new ComposeRules(PostTemplate.parse(template), Map.of(), hashtags, UtmParameters.NONE, ImageMode.NONE,
				ZoneId.of("UTC"));
	}

	@Test
	void shouldDropTheLastHashtagFirst() {
		// 238 + 1 + "#سياسة #اقتصاد #رياضة" (21) + 1 + 23 = 284; without the last tag 277
		Story story = PostComposerTests.story(arabic(238), LINK, List.of("سياسة", "اقتصاد", "رياضة"));

		ComposedPost post = composer.compose(story,
				rules("{title}\\n{hashtags}\\n{link}", PostComposerTests.fromCategories(3)), "main");

		assertThat(post.hashtags()).containsExactly("سياسة", "اقتصاد");
		assertThat(post.text()).isEqualTo(arabic(238) + "\n#سياسة #اقتصاد\n" + ENCODED);
		assertThat(post.weightedLength()).isEqualTo(277);
		assertThat(post.valid()).isTrue();
	}

	@Test
	void shouldDropAllHashtagsBeforeShorteningTheExcerpt() {
		Story story = new Story("قمة عربية", LINK, arabic(400), List.of("سياسة", "اقتصاد"), "", "", null, null);

		ComposedPost post = composer.compose(story,
				rules("{title}\\n{excerpt}\\n{hashtags}\\n{link}", PostComposerTests.fromCategories(3)), "main");

		String[] lines = post.text().split("\n");
		assertThat(post.hashtags()).isEmpty();
		assertThat(lines).hasSize(3);
		assertThat(lines[0]).isEqualTo("قمة عربية");
		assertThat(lines[1]).endsWith("…");
		assertThat(arabic(400)).startsWith(lines[1].substring(0, lines[1].length() - 1) + " ");
		assertThat(lines[2]).isEqualTo(ENCODED);
		assertThat(post.weightedLength()).isBetween(265, 280);
	}

	@Test
	void shouldShortenTheHeadlineAtAWordBoundaryAndKeepTheLinkWhole() {
		ComposedPost post = composer.compose(PostComposerTests.story(arabic(400), LINK, List.of()),
				rules("{title}\\n{link}", HashtagRules.NONE), "main");

		assertThat(post.text()).isEqualTo(Golden.read("long-headline.txt"));
		assertThat(post.valid()).isTrue();
	}

	@Test
	void shouldShortenAWholeArticleGivenAsExcerpt() {
		Story story = new Story("قمة عربية", LINK, "<p>" + arabic(50_000) + "</p>", List.of(), "", "", null, null);

		ComposedPost post = composer.compose(story, rules("{title}\\n{excerpt}\\n{link}", HashtagRules.NONE), "main");

		assertThat(post.text()).startsWith("قمة عربية\n" + ARABIC.repeat(3).substring(0, 200)).endsWith("…\n" + ENCODED);
		assertThat(post.weightedLength()).isBetween(270, 280);
	}

	@Test
	void shouldDropTheExcerptBeforeTouchingTheHeadline() {
		Story story = new Story(arabic(250), LINK, arabic(100), List.of(), "", "", null, null);

		ComposedPost post = composer.compose(story, rules("{title}\\n{excerpt}\\n{link}", HashtagRules.NONE), "main");

		assertThat(post.text()).isEqualTo(arabic(250) + "\n" + ENCODED);
	}

	@Test
	void shouldKeepAnEllipsisWhenNotEvenTheFirstWordFits() {
		String word = "ا".repeat(300);

		ComposedPost post = composer.compose(PostComposerTests.story(word, LINK, List.of()),
				rules("{title}\\n{link}", HashtagRules.NONE), "main");

		assertThat(post.text()).isEqualTo("…\n" + ENCODED);
		assertThat(post.valid()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(ints = { 270, 400 })
	void shouldReportATextThatCannotFitInsteadOfThrowing(int templateText) {
		ComposedPost post = composer.compose(PostComposerTests.story("قمة عربية", LINK, List.of()),
				rules(arabic(templateText) + "\\n{title}\\n{link}", HashtagRules.NONE), "main");

		assertThat(post.valid()).isFalse();
		assertThat(post.weightedLength()).isGreaterThan(TweetLength.MAX);
		assertThat(post.text()).endsWith("\n…\n" + ENCODED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "👨‍👩‍👧‍👦", "🇸🇦", "👍🏽", "👩🏻‍💻" })
	void shouldShortenHeadlinesFullOfEmojiWithoutBreakingOne(String emoji) {
		String title = ("عاجل" + emoji + " " + emoji + " مباراة ").repeat(40).strip();

		ComposedPost post = composer.compose(PostComposerTests.story(title, LINK, List.of()),
				rules("{title}\\n{link}", HashtagRules.NONE), "main");

		String headline = post.text().substring(0, post.text().indexOf('\n'));
		String kept = headline.substring(0, headline.length() - 1);
		BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
		graphemes.setText(title);
		assertThat(headline).endsWith("…");
		assertThat(title).startsWith(kept);
		assertThat(graphemes.isBoundary(kept.length())).isTrue();
		assertThat(post.weightedLength()).isLessThanOrEqualTo(280);
		assertThat(post.valid()).isTrue();
	}

}
