package nashir.web;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the audit page is narrowed to; every part may be empty.
 *
 * @param user who acted
 * @param action the action's key ({@code approve}, {@code edit}, …)
 * @param from first day shown, in the newsroom's zone
 * @param to last day shown, included
 * @param page the page of {@link AuditController#PAGE_SIZE} entries, newest first, from 1
 */
record AuditFilter(String user, String action, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Integer page) {

	static AuditFilter none() {
		return new AuditFilter(null, null, null, null, 1);
	}

	/** The first instant of {@link #from()}'s day, or {@code null}. */
	Instant start(NewsroomZone zone) {
		return from == null ? null : zone.toInstant(from.atStartOfDay());
	}

	/** The first instant after {@link #to()}'s day, or {@code null}. */
	Instant end(NewsroomZone zone) {
		return to == null ? null : zone.toInstant(to.plusDays(1).atStartOfDay());
	}

	boolean narrows() {
		return (user != null && !user.isBlank()) || (action != null && !action.isBlank()) || from != null || to != null;
	}

	int pageOrFirst() {
		return page == null || page < 1 ? 1 : page;
	}

}
