package nashir.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HashtagPickerTests {

	private final HashtagPicker picker = new HashtagPicker();

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			أخبار دولية          | أخبار_دولية
			كوفيد-19             | كوفيد_19
			الشرق  -  الأوسط     | الشرق_الأوسط
			#اقتصاد              | اقتصاد
			رياضة!               | رياضة
			"فن، وثقافة"         | فن_وثقافة
			مَدْرَسَة              | مَدْرَسَة
			World Cup 2022       | World_Cup_2022
			&#1589;&#1581;&#1577; | صحة
			""")
	void shouldTurnACategoryIntoAHashtag(String category, String hashtag) {
		assertThat(picker.asHashtag(category)).contains(hashtag);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2021", "١٤٤٢", "!!!", "   ", "🎉", "_" })
	void shouldDropWhatXWouldNotTakeForAHashtag(String category) {
		assertThat(picker.asHashtag(category)).isEmpty();
	}

	@Test
	void shouldPutFixedTagsFirstThenCategories() {
		HashtagRules rules = new HashtagRules(true, 4, List.of("عاجل", "#أفق"), Map.of(), List.of());

		assertThat(picker.pick(rules, List.of("سياسة", "اقتصاد"))).containsExactly("عاجل", "أفق", "سياسة", "اقتصاد");
	}

	@Test
	void shouldReplaceMappedCategories() {
		HashtagRules rules = new HashtagRules(true, 3, List.of(), Map.of("أخبار دولية", "دولي"), List.of());

		assertThat(picker.pick(rules, List.of("أخبار دولية", "سياسة"))).containsExactly("دولي", "سياسة");
	}

	@Test
	void shouldLeaveOutExcludedCategories() {
		HashtagRules rules = new HashtagRules(true, 3, List.of(), Map.of(), List.of("غير مصنف", "Uncategorized"));

		assertThat(picker.pick(rules, List.of("غير مصنف", "uncategorized", "سياسة"))).containsExactly("سياسة");
	}

	@Test
	void shouldNotRepeatATagThatDiffersOnlyInCaseOrNormalization() {
		HashtagRules rules = new HashtagRules(true, 5, List.of("News"), Map.of(), List.of());

		assertThat(picker.pick(rules, List.of("news", "NEWS", "Cafe\u0301", "Café", "سياسة", "سياسة")))
			.containsExactly("News", "Café", "سياسة");
	}

	@Test
	void shouldStopAtMaxInAll() {
		HashtagRules rules = new HashtagRules(true, 2, List.of("عاجل"), Map.of(), List.of());

		assertThat(picker.pick(rules, List.of("سياسة", "اقتصاد", "رياضة"))).containsExactly("عاجل", "سياسة");
	}

	@Test
	void shouldKeepOnlyFixedTagsWhenMaxIsZero() {
		HashtagRules rules = new HashtagRules(true, 0, List.of("عاجل", "أفق"), Map.of(), List.of());

		assertThat(picker.pick(rules, List.of("سياسة"))).containsExactly("عاجل", "أفق");
	}

	@Test
	void shouldIgnoreCategoriesUnlessAsked() {
		HashtagRules rules = new HashtagRules(false, 5, List.of("عاجل"), Map.of(), List.of());

		assertThat(picker.pick(rules, List.of("سياسة"))).containsExactly("عاجل");
	}

	@Test
	void shouldSkipCategoriesThatAreNoHashtagWithoutCountingThem() {
		HashtagRules rules = new HashtagRules(true, 2, List.of(), Map.of(), List.of());

		assertThat(picker.pick(rules, List.of("2021", "سياسة", "اقتصاد"))).containsExactly("سياسة", "اقتصاد");
	}

}
