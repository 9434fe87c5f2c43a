package nashir.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit page's filters and pages, on the real schema (H2, the application's migrations). */
class AuditLogTests {

	static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

	JdbcClient jdbc = WebDatabase.fresh();

	NewsroomZone zone = new NewsroomZone(RIYADH);

	@BeforeEach
	void aWeekOfEditorsAtWork() {
		// 22:30Z on the 27th is already the 28th in Riyadh
		at("2026-11-27T22:30:00Z").record("nour", "approve", 1L, "main", null, null, null);
		at("2026-11-28T09:00:00Z").record("sami", "edit", 2L, "main", "عاجل: انطلاق مؤتمر الحوار",
				"عاجل: انطلاق مؤتمر الحوار الوطني في صنعاء", null);
		at("2026-11-29T07:00:00Z").record("nour", "cancel", 3L, "ofoq_sport", null, null, null);
		at("2026-11-29T08:00:00Z").record("nour", "approve", 4L, "main", null, null, null);
	}

	@Test
	void shouldNarrowByUserActionAndDaysInTheNewsroomsZone() {
		assertThat(targets(new AuditFilter("nour", null, null, null, 1))).containsExactly(4L, 3L, 1L);
		assertThat(targets(new AuditFilter("nour", "approve", null, null, 1))).containsExactly(4L, 1L);
		assertThat(targets(new AuditFilter(null, null, LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 28), 1)))
			.containsExactly(2L, 1L);
		assertThat(targets(new AuditFilter(null, null, LocalDate.of(2026, 11, 29), null, 1))).containsExactly(4L, 3L);
		assertThat(targets(new AuditFilter("sami", "cancel", null, null, 1))).isEmpty();
	}

	@Test
	void shouldReadOnePageAfterAnother() {
		AuditLog audit = at("2026-11-29T09:00:00Z");
		assertThat(audit.search(AuditFilter.none(), zone, 0, 3)).extracting(AuditLog.Entry::postId)
			.containsExactly(4L, 3L, 2L);
		assertThat(audit.search(AuditFilter.none(), zone, 3, 3)).extracting(AuditLog.Entry::postId)
			.containsExactly(1L);
		assertThat(audit.users()).containsExactly("nour", "sami");
	}

	private List<Long> targets(AuditFilter filter) {
		return at("2026-11-29T09:00:00Z").search(filter, zone, 0, 50)
			.stream()
			.map(AuditLog.Entry::postId)
			.toList();
	}

	private AuditLog at(String instant) {
		return new AuditLog(jdbc, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
	}

}
