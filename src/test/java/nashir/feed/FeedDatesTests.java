package nashir.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.rometools.rome.io.impl.DateParser;
import com.rometools.rome.io.impl.PropertiesLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rome tries our {@code rome.properties} mask before its W3C masks, so an RSS item's date is read at
 * the first try instead of after some twenty failed ones, and reads as it did before. {@link FeedDates}
 * reads the two common shapes without Rome, and every date as Rome reads it.
 */
class FeedDatesTests {

	private static final List<String> DATES = List.of("Wed, 02 Dec 2026 10:00:00 +0000", "Wed, 02 Dec 2026 13:00:00 +0300",
			"Wed, 02 Dec 2026 10:00:00 GMT", "Wed, 02 Dec 2026 05:00:00 EST", "Wed, 02 Dec 26 10:00:00 GMT",
			"Wed, 2 Dec 2026 10:00:00 +0000", "Wed, 02 Dec 2026 10:00:00 UT", "Wed, 02 Dec 2026 10:00:00 Z",
			"  Wed, 02 Dec 2026 10:00:00 +0000  ", "Wed, 02 Dec 2026 10:00 +0000", "02 Dec 2026 10:00:00 +0000",
			"Thu, 02 Dec 2026 10:00:00 +0000", "Wed, 31 Feb 2026 10:00:00 +0000", "2026-12-02T10:00:00Z",
			"2026-12-02T13:00:00+03:00", "2026-12-02T10:00:00.123Z", "2026-12-02", "الأربعاء، 2 ديسمبر 2026", "");

	@Test
	void shouldTryTheRssDateMaskFirst() {
		assertThat(PropertiesLoader.getPropertiesLoader().getTokenizedProperty("datetime.extra.masks", "|"))
			.containsExactly("EEE, dd MMM yy HH:mm:ss z");
	}

	@Test
	void shouldReadEveryDateAsRomeAloneReadsIt() {
		for (String date : DATES) {
			assertThat(DateParser.parseDate(date, Locale.US)).as(date).isEqualTo(romeAlone(date));
		}
		assertThat(DateParser.parseDate("Wed, 02 Dec 2026 13:00:00 +0300", Locale.US))
			.isEqualTo(Date.from(java.time.Instant.parse("2026-12-02T10:00:00Z")));
	}

	@Test
	void shouldReadTheCommonShapesWithoutRome() {
		Instant expected = Instant.parse("2026-12-02T10:00:00Z");
		for (String date : List.of("Wed, 02 Dec 2026 13:00:00 +0300", "Wed, 02 Dec 2026 10:00:00 GMT",
				"Wed, 02 Dec 2026 05:00:00 -0500", "Wed, 02 Dec 2026 10:00:00 +0000", "2026-12-02T10:00:00Z",
				"2026-12-02T13:00:00+03:00", "2026-12-02T04:30:00-05:30")) {
			assertThat(FeedDates.common(date)).as(date).isEqualTo(expected);
			assertThat(FeedDates.parse(date)).as(date).isEqualTo(rome(date));
		}
	}

	@Test
	void shouldLeaveToRomeWhatItsLenientCalendarReadsOtherwise() {
		for (String date : List.of("Thu, 02 Dec 2026 10:00:00 +0000", "Tue, 31 Feb 2026 10:00:00 +0000",
				"Wed, 02 Dec 2026 24:00:00 +0000", "Wed, 02 Dec 2026 10:00:60 +0000", "Wed, 02 dec 2026 10:00:00 +0000",
				"Wed, 02 Dec 2026 10:00:00 +1900", "Wed, 02 Dec 2026 10:00:00 +0360", "Sat, 02 Dec 1899 10:00:00 +0000",
				"Wed, 02 Dec 2026 10:00:00 UTC", " 2026-12-02T10:00:00Z", "2026-12-02t10:00:00Z", "2026-02-30T10:00:00Z",
				"2026-12-02T10:00:00+3:000", "2026-13-02T10:00:00+03:00", "2026-12-02T10:00:00+19:00",
				"Wed, 02 Dec 2026 10:00:00 ٠٣٠٠", "2026-12-02T10:00:00.123Z")) {
			assertThat(FeedDates.common(date)).as(date).isNull();
			assertThat(FeedDates.parse(date)).as(date).isEqualTo(rome(date));
		}
		assertThat(FeedDates.parse(null)).isNull();
	}

	@Test
	void shouldReadEveryDateAsRomeReadsIt() {
		Random random = new Random(20261203);
		DateTimeFormatter rss = DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss xx", Locale.US);
		DateTimeFormatter atom = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.US);
		int common = 0;
		for (int i = 0; i < 2_000; i++) {
			ZonedDateTime time = Instant.ofEpochSecond(random.nextLong(-2_500_000_000L, 7_500_000_000L))
				.atZone(ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 60, 18 * 60 + 1) * 60));
			String written = (i % 2 == 0 ? rss : atom).format(time);
			// One character in four changed: a digit, a letter, a sign, a separator.
			String date = i % 4 == 3 ? mutate(written, random) : written;
			assertThat(FeedDates.parse(date)).as(date).isEqualTo(rome(date));
			common += FeedDates.common(date) != null ? 1 : 0;
		}
		// Nearly all written since 1900 and left whole (three in four) read without Rome.
		assertThat(common).isGreaterThan(1_300);
	}

	private static String mutate(String date, Random random) {
		char[] chars = date.toCharArray();
		chars[random.nextInt(chars.length)] = "09+-: TZaGMxT,"
			.charAt(random.nextInt(14));
		return new String(chars);
	}

	private static Instant rome(String date) {
		Date parsed = DateParser.parseDate(date, Locale.US);
		return parsed == null ? null : parsed.toInstant();
	}

	/** What Rome's parseDate does without extra masks: W3C first, then RFC 822. */
	private static Date romeAlone(String date) {
		Date w3c = DateParser.parseW3CDateTime(date, Locale.US);
		return w3c != null ? w3c : DateParser.parseRFC822(date, Locale.US);
	}

}
