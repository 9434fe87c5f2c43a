package nashir.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The time zone of the newsroom: pages show times in it and read typed times in it. */
record NewsroomZone(ZoneId zone) {

	Instant toInstant(LocalDateTime local) {
		return local.atZone(zone).toInstant();
	}

	LocalDateTime toLocal(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
	}

}
