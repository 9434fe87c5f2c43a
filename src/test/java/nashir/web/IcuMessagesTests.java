package nashir.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import nashir.text.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages' texts by ICU: Arabic's six plural forms, one digit style, times in the newsroom's zone. */
class IcuMessagesTests {

	static final Locale ARABIC = Locale.forLanguageTag("ar");

	static final NewsroomZone ADEN = new NewsroomZone(ZoneId.of("Asia/Aden"));

	final IcuMessageSource western = new IcuMessageSource(new Digits(Digits.Style.WESTERN), ADEN);

	final IcuMessageSource arabicIndic = new IcuMessageSource(new Digits(Digits.Style.ARABIC_INDIC), ADEN);

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@ParameterizedTest
	@CsvSource({ "0, لا منشورات بالانتظار", "1, منشور واحد بالانتظار", "2, منشوران بالانتظار",
			"3, 3 منشورات بالانتظار", "11, 11 منشورًا بالانتظار", "100, 100 منشور بالانتظار",
			"5, 5 منشورات بالانتظار", "103, 103 منشورات بالانتظار" })
	void shouldSayArabicCountsByTheirPluralForm(long count, String expected) {
		assertThat(western.getMessage("queue.count", new Object[] { count }, ARABIC)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "0, لا منشورات بالانتظار", "1, منشور واحد بالانتظار", "2, منشوران بالانتظار",
			"3, ٣ منشورات بالانتظار", "11, ١١ منشورًا بالانتظار", "100, ١٠٠ منشور بالانتظار" })
	void shouldWriteArabicIndicDigitsWhenSoConfigured(long count, String expected) {
		assertThat(arabicIndic.getMessage("queue.count", new Object[] { count }, ARABIC)).isEqualTo(expected);
	}

	@Test
	void shouldKeepWesternDigitsAndEnglishPluralsOnEnglishPages() {
		assertThat(arabicIndic.getMessage("feeds.failing", new Object[] { 1 }, Locale.ENGLISH)).isEqualTo("Failing (once)");
		assertThat(arabicIndic.getMessage("feeds.failing", new Object[] { 11 }, Locale.ENGLISH))
			.isEqualTo("Failing (11 times in a row)");
		assertThat(arabicIndic.getMessage("feeds.failing", new Object[] { 11 }, ARABIC)).isEqualTo("متعثرة (١١ مرة متتالية)");
	}

	@Test
	void shouldWriteTimesAndDigitsOfEveryNumberInThePagesStyle() {
		LocaleContextHolder.setLocale(ARABIC);
		Views views = new Views(ADEN, new Digits(Digits.Style.ARABIC_INDIC));
		assertThat(views.time(Instant.parse("2026-11-29T08:05:00Z"))).isEqualTo("٢٠٢٦-١١-٢٩ ١١:٠٥");
		assertThat(views.number(1234)).isEqualTo("١٬٢٣٤");
		assertThat(views.decimal(4.25)).isIn("٤٫٢", "٤٫٣");
		assertThat(views.numberingSystem()).isEqualTo("arab");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(views.time(Instant.parse("2026-11-29T08:05:00Z"))).isEqualTo("2026-11-29 11:05");
	}

	@Test
	void shouldSayAReasonInTheReadersLanguageAndKeepItsEnglishForLogs() {
		Reason due = Reason.of("audit.due", "due 2026-11-29T08:05:00Z", Instant.parse("2026-11-29T08:05:00Z"));
		Reason stored = Reason.read(due.stored());
		assertThat(stored).isEqualTo(due);
		assertThat(Reason.english(due.stored())).isEqualTo("due 2026-11-29T08:05:00Z");
		LocaleContextHolder.setLocale(ARABIC);
		Reasons reasons = new Reasons(arabicIndic);
		assertThat(reasons.text(due.stored())).isEqualTo("الموعد ٢٠٢٦-١١-٢٩ ١١:٠٥");
		assertThat(reasons.text(Reason.of("audit.role", "role VIEWER", "VIEWER").stored())).isEqualTo("الدور: قارئ");
		// A sentence written before reasons had keys is shown as it was written.
		assertThat(reasons.text("was not paused")).isEqualTo("was not paused");
	}

}
