package nashir.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import nashir.net.NetConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

class PostComposerTests {

	static final String WORKED_TITLE = "قمة &#8220;بوتين وبايدن&#8221;.. اتفاق على إطلاق حوار شامل قريبا";

	static final String WORKED_LINK = "https://ofoq.example.com/2021/06/16/قمة-بوتين-وبايدن-اتفاق/";

	static final String WORKED_ENCODED = "https://ofoq.example.com/2021/06/16/%D9%82%D9%85%D8%A9-%D8%A8%D9%88%D8%AA%D9%8A%D9%86-%D9%88%D8%A8%D8%A7%D9%8A%D8%AF%D9%86-%D8%A7%D8%AA%D9%81%D8%A7%D9%82/";

	static final String PAGE_IMAGE = "https://ofoq.example.com/wp-content/uploads/صورة.jpg";

	private final List<String> lookedUp = new ArrayList<>();

	private final PostComposer composer = new PostComposer((page) -> {
		lookedUp.add(page);
		return PAGE_IMAGE;
	});

	static Story story(String title, String link, List<String> categories) {
		return new Story(title, link, "", categories, "", "", null, null);
	}

	static ComposeRules rules(String template, HashtagRules hashtags) {
		return new ComposeRules(PostTemplate.parse(template), Map.of(), hashtags, UtmParameters.NONE, ImageMode.NONE,
				ZoneId.of("UTC"));
	}

	static HashtagRules fromCategories(int max) {
		return new HashtagRules(true, max, List.of(), Map.of(), List.of());
	}

	@Test
	void shouldComposeTheWorkedExampleOfTheDesignExactly() {
		ComposedPost post = composer.compose(story(WORKED_TITLE, WORKED_LINK, List.of("أخبار دولية", "سياسة")),
				rules("{title}\\n{hashtags}\\n{link}", fromCategories(3)), "main");

		assertThat(post.text()).isEqualTo(Golden.read("worked-example.txt"));
		assertThat(post.hashtags()).containsExactly("أخبار_دولية", "سياسة");
		assertThat(post.valid()).isTrue();
		assertThat(post.weightedLength()).isEqualTo(TweetLength.of(post.text()).weightedLength());
	}

	@Test
	void shouldBeASpringBean() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(PostComposer.class,
				NetConfiguration.class)) {
			ComposedPost post = context.getBean(PostComposer.class)
				.compose(story("قمة", null, List.of()), rules("{title}", HashtagRules.NONE), "main");

			assertThat(post.text()).isEqualTo("قمة");
		}
	}

	@Nested
	class Placeholders {

		@Test
		void shouldUseTheAccountsOwnTemplate() {
			ComposeRules rules = new ComposeRules(PostTemplate.parse("{title}\\n{link}"),
					Map.of("english", PostTemplate.parse("{site}: {title} {link}")), HashtagRules.NONE,
					UtmParameters.NONE, ImageMode.NONE, ZoneId.of("UTC"));
			Story story = new Story("قمة عربية", "https://ofoq.example.com/a", "", List.of(), "", "أفق", null, null);

			assertThat(composer.compose(story, rules, "english").text())
				.isEqualTo("أفق: قمة عربية https://ofoq.example.com/a");
			assertThat(composer.compose(story, rules, "main").text()).isEqualTo("قمة عربية\nhttps://ofoq.example.com/a");
			assertThat(composer.compose(story, rules, null).text()).isEqualTo("قمة عربية\nhttps://ofoq.example.com/a");
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', textBlock = """
				Asia/Riyadh | 2021-06-17
				UTC         | 2021-06-16
				""")
		void shouldWriteTheStoryDateInTheSchedulesZone(String zone, String date) {
			ComposeRules rules = new ComposeRules(PostTemplate.parse("{date} {title}"), Map.of(), HashtagRules.NONE,
					UtmParameters.NONE, ImageMode.NONE, ZoneId.of(zone));
			Story story = new Story("قمة عربية", null, "", List.of(), "", "", Instant.parse("2021-06-16T22:30:00Z"),
					null);

			assertThat(composer.compose(story, rules, "main").text()).isEqualTo(date + " قمة عربية");
		}

		@Test
		void shouldFillCategoryAuthorSiteAndExcerptCleaned() {
			Story story = new Story("قمة", "https://ofoq.example.com/a", "<p>نص &amp; ملخص</p>",
					List.of("أخبار &amp; تقارير", "سياسة"), "سارة &#8220;س&#8221;", "أفق &lt;نيوز&gt;", null, null);

			ComposedPost post = composer.compose(story,
					rules("{category} | {author} | {site}\\n{title}\\n{excerpt}", HashtagRules.NONE), "main");

			assertThat(post.text()).isEqualTo("أخبار & تقارير | سارة “س” | أفق <نيوز>\nقمة\nنص & ملخص");
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', textBlock = """
				وافق المجلس على الميزانية [&#8230;]  | وافق المجلس على الميزانية…
				وافق المجلس على الميزانية [...]      | وافق المجلس على الميزانية…
				وافق المجلس على الميزانية [أ]        | وافق المجلس على الميزانية [أ]
				""")
		void shouldMarkWordPressCutExcerptsWithOneEllipsis(String excerpt, String expected) {
			Story story = new Story("قمة", null, excerpt, List.of(), "", "", null, null);

			assertThat(composer.compose(story, rules("{excerpt}", HashtagRules.NONE), "main").text()).isEqualTo(expected);
		}

		@Test
		void shouldBeNfcWhereATemplateMeetsAValue() {
			ComposedPost post = composer.compose(story("\u0301 جديد", null, List.of()),
					rules("Cafe{title}", HashtagRules.NONE), "main");

			assertThat(post.text()).isEqualTo("Café جديد");
		}

		@Test
		void shouldLeaveNoBlankLineWhereAStoryHasNothing() {
			ComposedPost post = composer.compose(story("قمة عربية", null, List.of()),
					rules("{title}\\n{excerpt}\\n{hashtags}\\n{link}", fromCategories(3)), "main");

			assertThat(post.text()).isEqualTo("قمة عربية");
			assertThat(post.valid()).isTrue();
		}

		@Test
		void shouldListNoHashtagsWhenTheTemplateHasNone() {
			ComposedPost post = composer.compose(story("قمة", WORKED_LINK, List.of("سياسة")),
					rules("{title} {link}", fromCategories(3)), "main");

			assertThat(post.hashtags()).isEmpty();
			assertThat(post.text()).doesNotContain("#");
		}

		@Test
		void shouldAddCampaignParametersToThePostedLinkOnly() {
			ComposeRules rules = new ComposeRules(PostTemplate.parse("{title}\\n{link}"), Map.of(), HashtagRules.NONE,
					new UtmParameters(Map.of("source", "twitter")), ImageMode.AUTO, ZoneId.of("UTC"));

			ComposedPost post = composer.compose(story("قمة", "https://ofoq.example.com/a#c", List.of()), rules, "main");

			assertThat(post.text()).isEqualTo("قمة\nhttps://ofoq.example.com/a?utm_source=twitter#c");
			assertThat(lookedUp).containsExactly("https://ofoq.example.com/a#c");
		}

		@Test
		void shouldLeaveOutALinkThatIsNotHttp() {
			ComposedPost post = composer.compose(story("قمة", "javascript:alert(1)", List.of()),
					rules("{title}\\n{link}", HashtagRules.NONE), "main");

			assertThat(post.text()).isEqualTo("قمة");
		}

	}

	@Nested
	class Images {

		@Test
		void shouldTakeTheStorysImageEncoded() {
			Story story = new Story("قمة", WORKED_LINK, "", List.of(), "", "", null,
					"https://ofoq.example.com/uploads/قمة.jpg");

			ComposedPost post = composer.compose(story, image(ImageMode.AUTO), "main");

			assertThat(post.imageUrl()).isEqualTo("https://ofoq.example.com/uploads/%D9%82%D9%85%D8%A9.jpg");
			assertThat(lookedUp).isEmpty();
		}

		@Test
		void shouldLookUpTheArticlePageWhenTheStoryHasNoImage() {
			ComposedPost post = composer.compose(story("قمة", WORKED_LINK, List.of()), image(ImageMode.AUTO), "main");

			assertThat(lookedUp).containsExactly(WORKED_ENCODED);
			assertThat(post.imageUrl())
				.isEqualTo("https://ofoq.example.com/wp-content/uploads/%D8%B5%D9%88%D8%B1%D8%A9.jpg");
		}

		@Test
		void shouldHaveNoImageWhenThePageHasNone() {
			PostComposer composer = new PostComposer((page) -> null);

			assertThat(composer.compose(story("قمة", WORKED_LINK, List.of()), image(ImageMode.AUTO), "main").imageUrl())
				.isNull();
		}

		@Test
		void shouldNotLookUpWithoutALink() {
			ComposedPost post = composer.compose(story("قمة", null, List.of()), image(ImageMode.AUTO), "main");

			assertThat(post.imageUrl()).isNull();
			assertThat(lookedUp).isEmpty();
		}

		@Test
		void shouldLookUpThePageWhenTheStorysImageIsNoHttpAddress() {
			Story story = new Story("قمة", WORKED_LINK, "", List.of(), "", "", null, "/uploads/a.jpg");

			ComposedPost post = composer.compose(story, image(ImageMode.AUTO), "main");

			assertThat(lookedUp).containsExactly(WORKED_ENCODED);
			assertThat(post.imageUrl()).startsWith("https://ofoq.example.com/wp-content/uploads/");
		}

		@Test
		void shouldCarryNoImageWhenTheScheduleSaysNone() {
			Story story = new Story("قمة", WORKED_LINK, "", List.of(), "", "", null, "https://ofoq.example.com/a.jpg");

			assertThat(composer.compose(story, image(ImageMode.NONE), "main").imageUrl()).isNull();
			assertThat(lookedUp).isEmpty();
		}

		static ComposeRules image(ImageMode mode) {
			return new ComposeRules(PostTemplate.parse("{title}\\n{link}"), Map.of(), HashtagRules.NONE,
					UtmParameters.NONE, mode, ZoneId.of("UTC"));
		}

	}

}
