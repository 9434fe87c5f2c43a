package nashir.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The time zone of the newsroom: pages and exports show times in it and read typed times in it. */
record NewsroomZone(ZoneId zone) {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	Instant toInstant(LocalDateTime local) {
		return local.atZone(zone).toInstant();
	}

	LocalDateTime toLocal(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
	}

	/** A time as pages show it, to the minute, with Western digits; empty for none. */
	String show(Instant instant) {
		return instant == null ? "" : SHOWN.format(toLocal(instant));
	}

	/** A time for machines and spreadsheets: ISO-8601 to the second, with the zone's offset (2026-11-29T13:00:00+03:00). */
	String iso(Instant instant) {
		return instant == null ? ""
				: OffsetDateTime.ofInstant(instant, zone).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

}
