package nashir.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostComposerTests {

	static final String WORKED_TITLE = "قمة &#8220;بوتين وبايدن&#8221;.. اتفاق على إطلاق حوار شامل قريبا";

	static final String WORKED_LINK = "https://ofoq.example.com/2021/06/16/قمة-بوتين-وبايدن-اتفاق/";

	static final String WORKED_ENCODED = "https://ofoq.example.com/2021/06/16/%D9%82%D9%85%D8%A9-%D8%A8%D9%88%D8%AA%D9%8A%D9%86-%D9%88%D8%A8%D8%A7%D9%8A%D8%AF%D9%86-%D8%A7%D8%AA%D9%81%D8%A7%D9%82/";

	/** A sentence of real news Arabic, repeated to make headlines and excerpts of any length. */
	static final String ARABIC = "أعلنت وزارة الصحة اليوم عن خطة وطنية جديدة لتطوير المستشفيات الحكومية في جميع المحافظات ";

	private final List<String> lookedUp = new ArrayList<>();

	private final PostComposer composer = new PostComposer((page) -> {
		lookedUp.add(page);
		return "https://ofoq.example.com/wp-content/uploads/صورة.jpg";
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

}
