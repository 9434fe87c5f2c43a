package nashir.telegram;

import nashir.compose.PostLength;

import org.junit.jupiter.api.Test;

import static nashir.telegram.TelegramAccounts.HEADLINE;
import static nashir.telegram.TelegramAccounts.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;

/** Telegram's count of a post (UTF-16 code units of the text as written) and the HTML escaping. */
class TelegramTextTests {

	@Test
	void shouldCountEachArabicLetterAsOne() {
		assertThat(HEADLINE).hasSize(43);

		assertThat(TelegramText.LENGTH.measure(HEADLINE)).isEqualTo(new PostLength(43, 4096, true));
	}

	@Test
	void shouldCountAnEmojiOutsideTheBasicPlaneAsTwoAndAFlagAsFour() {
		assertThat(TelegramText.LENGTH.measure("عاجل 🔴").length()).isEqualTo(5 + 2);
		assertThat(TelegramText.LENGTH.measure("🇺🇳").length()).isEqualTo(4);
		assertThat(TelegramText.LENGTH.measure("🤝🏽").length()).isEqualTo(4);
	}

	@Test
	void shouldCountTheTextAsWrittenNotAsEscaped() {
		assertThat(TelegramText.LENGTH.measure("A&B <b>").length()).isEqualTo(7);
	}

	@Test
	void shouldTakeAtMost4096() {
		String most = "ق".repeat(4096);

		assertThat(TelegramText.LENGTH.measure(most)).isEqualTo(new PostLength(4096, 4096, true));
		assertThat(TelegramText.LENGTH.measure(most + "ة")).satisfies((length) -> {
			assertThat(length.tooLong()).isTrue();
			assertThat(length.valid()).isFalse();
		});
	}

	@Test
	void shouldRefuseAnEmptyText() {
		assertThat(TelegramText.LENGTH.measure("").valid()).isFalse();
		assertThat(TelegramText.LENGTH.measure(" \n ").valid()).isFalse();
	}

	@Test
	void shouldEscapeOnlyWhatHtmlModeReadsAsMarkup() {
		assertThat(TelegramText.html(HOSTILE))
			.isEqualTo("&lt;script&gt;alert('x')&lt;/script&gt; قمة A&amp;B &lt;b&gt;عاجل&lt;/b&gt; &amp; تفاصيل");
		assertThat(TelegramText.html("&amp; \"قمة\"")).isEqualTo("&amp;amp; \"قمة\"");
		assertThat(TelegramText.html(HEADLINE)).isEqualTo(HEADLINE);
	}

	@Test
	void shouldFitACaptionOf1024() {
		assertThat(TelegramText.fitsCaption("ب".repeat(1024))).isTrue();
		assertThat(TelegramText.fitsCaption("ب".repeat(1023) + "🔴")).isFalse();
	}

}
