package nashir.bluesky;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import nashir.bluesky.Facets.Facet;
import nashir.bluesky.Facets.Facet.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class FacetsTests {

	static final String LINK = "https://ofoq.example.com/2021/06/16/%D9%82%D9%85%D8%A9/";

	/** Arabic (2 bytes a letter), curly quotes (3) and an emoji with a skin tone (4 + 4) before the tags and link. */
	static final String TEXT = "قمة “بوتين وبايدن”.. اتفاق على عودة السفراء 🤝🏽\n#أخبار_دولية #سياسة\n" + LINK;

	@Test
	void shouldCountOffsetsInUtf8BytesWithArabicAndEmojiBeforeTheLink() {
		List<Facet> facets = Facets.of(TEXT);

		assertThat(facets).containsExactly(new Facet(90, 112, Kind.TAG, "أخبار_دولية"),
				new Facet(113, 124, Kind.TAG, "سياسة"), new Facet(125, 180, Kind.LINK, LINK));
		assertThat(slice(TEXT, facets.get(0))).isEqualTo("#أخبار_دولية");
		assertThat(slice(TEXT, facets.get(1))).isEqualTo("#سياسة");
		assertThat(slice(TEXT, facets.get(2))).isEqualTo(LINK);
	}

	@Test
	void shouldLeaveSentencePunctuationOutOfALink() {
		String text = "التفاصيل في (https://example.com/news/1). وأيضًا «https://example.com/a?b=1»";

		List<Facet> facets = Facets.of(text);

		assertThat(facets).extracting(Facet::value)
			.containsExactly("https://example.com/news/1", "https://example.com/a?b=1");
		facets.forEach((facet) -> assertThat(slice(text, facet)).isEqualTo(facet.value()));
	}

	@Test
	void shouldTakeOnlyTagsThatStartAWord() {
		String text = "#عاجل: سعر#النفط 100#  #2026 #كأس_العالم_2026 https://example.com/page#section";

		assertThat(Facets.of(text)).extracting(Facet::kind, Facet::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.TAG, "عاجل"),
					org.assertj.core.groups.Tuple.tuple(Kind.TAG, "كأس_العالم_2026"),
					org.assertj.core.groups.Tuple.tuple(Kind.LINK, "https://example.com/page#section"));
	}

	@Test
	void shouldFindNothingInPlainText() {
		assertThat(Facets.of("قمة “بوتين وبايدن”.. اتفاق على عودة السفراء")).isEmpty();
	}

	static String slice(String text, Facet facet) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		return new String(Arrays.copyOfRange(bytes, facet.byteStart(), facet.byteEnd()), StandardCharsets.UTF_8);
	}

}
