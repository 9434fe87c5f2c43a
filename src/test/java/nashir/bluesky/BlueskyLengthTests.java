package nashir.bluesky;

import org.junit.jupiter.api.Test;

import nashir.compose.PostLength;

import static org.assertj.core.api.Assertions.assertThat;

class BlueskyLengthTests {

	@Test
	void shouldCountAnEmojiZwjSequenceAsOneGrapheme() {
		String family = "👨‍👩‍👧‍👦";

		assertThat(family.length()).isEqualTo(11);
		assertThat(BlueskyLength.RULE.measure(family)).isEqualTo(new PostLength(1, 300, true));
		assertThat(BlueskyLength.RULE.measure("🤝🏽🇺🇳").length()).isEqualTo(2);
	}

	@Test
	void shouldCountAnArabicLetterWithItsDiacriticsAsOneGrapheme() {
		String withMarks = "قِمَّةٌ";

		assertThat(withMarks.codePointCount(0, withMarks.length())).isEqualTo(7);
		assertThat(BlueskyLength.RULE.measure(withMarks).length()).isEqualTo(3);
		assertThat(BlueskyLength.RULE.measure("قمة “بوتين وبايدن”.. اتفاق على عودة السفراء").length()).isEqualTo(43);
	}

	@Test
	void shouldTakeThreeHundredGraphemesAndNotOneMore() {
		assertThat(BlueskyLength.RULE.measure("ب".repeat(300))).isEqualTo(new PostLength(300, 300, true));
		assertThat(BlueskyLength.RULE.measure("ب".repeat(301)).tooLong()).isTrue();
	}

	@Test
	void shouldReportATextPastThreeThousandBytesAsTooLongThoughItHasFewGraphemes() {
		// A family emoji is one grapheme of 25 bytes: 120 of them are 3,000 bytes exactly.
		assertThat(BlueskyLength.bytes("👨‍👩‍👧‍👦".repeat(120))).isEqualTo(3000);
		String family = "👨‍👩‍👧‍👦".repeat(121);
		assertThat(BlueskyLength.graphemes(family)).isEqualTo(121);
		assertThat(BlueskyLength.bytes(family)).isEqualTo(3025);
		PostLength length = BlueskyLength.RULE.measure(family);
		assertThat(length.tooLong()).isTrue();
		assertThat(length.valid()).isFalse();
		assertThat(BlueskyLength.RULE.measure("👨‍👩‍👧‍👦".repeat(120))).isEqualTo(new PostLength(120, 300, true));
	}

}
