package nashir.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostTemplateTests {

	private static final Map<Placeholder, String> VALUES = Map.of(Placeholder.TITLE, "قمة عربية",
			Placeholder.LINK, "https://ofoq.example.com/a", Placeholder.EXCERPT, "ملخص", Placeholder.HASHTAGS,
			"#سياسة", Placeholder.CATEGORY, "سياسة", Placeholder.AUTHOR, "سارة", Placeholder.SITE, "أفق",
			Placeholder.DATE, "2021-06-16");

	@Test
	void shouldKeepItsSource() {
		assertThat(PostTemplate.parse("{title}\\n{link}").source()).isEqualTo("{title}\\n{link}");
	}

	@Test
	void shouldFillEveryPlaceholder() {
		PostTemplate template = PostTemplate
			.parse("{site} | {date} | {category}\n{title} — {author}\n{excerpt}\n{hashtags} {link}");

		assertThat(template.render(VALUES)).isEqualTo("""
				أفق | 2021-06-16 | سياسة
				قمة عربية — سارة
				ملخص
				#سياسة https://ofoq.example.com/a""");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{title}\\n{link}", "{title}\n{link}", "{title}\r\n{link}" })
	void shouldBreakLinesAtEscapedOrRealNewlines(String source) {
		assertThat(PostTemplate.parse(source).render(VALUES)).isEqualTo("قمة عربية\nhttps://ofoq.example.com/a");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			{title}\\n{excerpt}\\n{link}           | قمة عربية\\nhttps://ofoq.example.com/a
			{title} {author} {link}                | قمة عربية https://ofoq.example.com/a
			{title}\\n{author} {excerpt}\\n{link}  | قمة عربية\\nhttps://ofoq.example.com/a
			{excerpt}\\n{title}                    | قمة عربية
			{title}\\n\\n{link}                    | قمة عربية\\n\\nhttps://ofoq.example.com/a
			{title}\\nبقلم: {author}                | قمة عربية\\nبقلم:
			""")
	void shouldLeaveNoBlankLineOrDoubleSpaceForEmptyPlaceholders(String source, String expected) {
		Map<Placeholder, String> values = new EnumMap<>(VALUES);
		values.put(Placeholder.EXCERPT, "");
		values.put(Placeholder.AUTHOR, "");

		assertThat(PostTemplate.parse(source).render(values)).isEqualTo(expected.replace("\\n", "\n"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{title} {url}        | {url}
			{Title}\\n{link}     | {Title}
			{title} {}           | {}
			{title} {تصنيف}      | {تصنيف}
			""")
	void shouldNameTheUnknownPlaceholder(String source, String unknown) {
		assertThatThrownBy(() -> PostTemplate.parse(source)).isInstanceOf(InvalidTemplateException.class)
			.hasMessageStartingWith("unknown placeholder " + unknown + " in template");
	}

	@Test
	void shouldRefuseTheLinkTwice() {
		assertThatThrownBy(() -> PostTemplate.parse("{link}\\n{title} {link}"))
			.isInstanceOf(InvalidTemplateException.class)
			.hasMessage("placeholder {link} appears 2 times in template (at most once)");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = " ")
	void shouldRefuseAnEmptyTemplate(String source) {
		assertThatThrownBy(() -> PostTemplate.parse(source)).isInstanceOf(InvalidTemplateException.class)
			.hasMessage("template is empty");
	}

	@Test
	void shouldKeepBracesThatAreNoPlaceholder() {
		assertThat(PostTemplate.parse("{title} { عاجل } {link}").render(VALUES))
			.isEqualTo("قمة عربية { عاجل } https://ofoq.example.com/a");
	}

	@Test
	void shouldBeEqualByItsSource() {
		assertThat(PostTemplate.parse("{title}")).isEqualTo(PostTemplate.parse("{title}"))
			.hasSameHashCodeAs(PostTemplate.parse("{title}"));
	}

}
