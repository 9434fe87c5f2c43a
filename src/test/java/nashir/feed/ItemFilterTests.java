package nashir.feed;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemFilterTests {

	private static final Instant NOW = Instant.parse("2021-06-16T20:00:00Z");

	private static FeedItem item(String title, Instant published, String... categories) {
		return new FeedItem("k", "k", title, URI.create("https://ofoq.example.com/1"), published, List.of(categories), null,
				null, null);
	}

	private static FeedFilter filter(List<String> include, List<String> exclude, List<Pattern> titles,
			List<Pattern> notTitles, Duration maxAge) {
		return new FeedFilter(include, exclude, titles, notTitles, maxAge);
	}

	@Test
	void shouldPassEverythingWithoutAFilter() {
		assertThat(ItemFilter.passes(FeedFilter.NONE, item("أي خبر", null), NOW)).isTrue();
	}

	@Test
	void shouldRequireAnIncludedCategory() {
		FeedFilter politics = filter(List.of("سياسة"), List.of(), List.of(), List.of(), null);
		assertThat(ItemFilter.passes(politics, item("خبر", NOW, "أخبار دولية", " سياسة "), NOW)).isTrue();
		assertThat(ItemFilter.passes(politics, item("خبر", NOW, "رياضة"), NOW)).isFalse();
	}

	@Test
	void shouldSkipAnExcludedCategoryIgnoringCase() {
		FeedFilter noSponsored = filter(List.of(), List.of("sponsored", "إعلانات"), List.of(), List.of(), null);
		assertThat(ItemFilter.passes(noSponsored, item("خبر", NOW, "Sponsored"), NOW)).isFalse();
		assertThat(ItemFilter.passes(noSponsored, item("خبر", NOW, "إعلانات"), NOW)).isFalse();
		assertThat(ItemFilter.passes(noSponsored, item("خبر", NOW, "اقتصاد"), NOW)).isTrue();
	}

	@Test
	void shouldMatchArabicTitlePatterns() {
		FeedFilter urgent = filter(List.of(), List.of(), List.of(Pattern.compile("^عاجل|زلزال")), List.of(), null);
		assertThat(ItemFilter.passes(urgent, item("عاجل: انقطاع الكهرباء", NOW), NOW)).isTrue();
		assertThat(ItemFilter.passes(urgent, item("هزة: زلزال بقوة 5 درجات", NOW), NOW)).isTrue();
		assertThat(ItemFilter.passes(urgent, item("ليس عاجلا", NOW), NOW)).isFalse();
	}

	@Test
	void shouldSkipExcludedArabicTitles() {
		FeedFilter noHoroscope = filter(List.of(), List.of(), List.of(), List.of(Pattern.compile("حظك\\s+اليوم")), null);
		assertThat(ItemFilter.passes(noHoroscope, item("حظك  اليوم: برج الحمل", NOW), NOW)).isFalse();
		assertThat(ItemFilter.passes(noHoroscope, item("ارتفاع أسعار النفط", NOW), NOW)).isTrue();
	}

	@Test
	void shouldSkipItemsOlderThanMaxAgeButPassUndatedOnes() {
		FeedFilter fresh = filter(List.of(), List.of(), List.of(), List.of(), Duration.ofHours(24));
		assertThat(ItemFilter.passes(fresh, item("قديم", NOW.minus(Duration.ofHours(25))), NOW)).isFalse();
		assertThat(ItemFilter.passes(fresh, item("جديد", NOW.minus(Duration.ofHours(23))), NOW)).isTrue();
		assertThat(ItemFilter.passes(fresh, item("بلا تاريخ", null), NOW)).isTrue();
	}

}
