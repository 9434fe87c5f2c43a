package nashir.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import nashir.queue.Post;
import nashir.queue.PostStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A week of posts, day by day in the newsroom's zone, from Saturday. */
class WeekCalendarTests {

	static final NewsroomZone RIYADH = new NewsroomZone(ZoneId.of("Asia/Riyadh"));

	static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);

	@Test
	void shouldStartTheWeekOnSaturday() {
		assertThat(WeekCalendar.weekOf(LocalDate.of(2026, 11, 28))).isEqualTo(SATURDAY);
		assertThat(WeekCalendar.weekOf(LocalDate.of(2026, 12, 4))).isEqualTo(SATURDAY);
		assertThat(WeekCalendar.weekOf(LocalDate.of(2026, 12, 5))).isEqualTo(SATURDAY.plusDays(7));
	}

	@Test
	void shouldPutEachPostOnItsDayInTheNewsroomsZone() {
		// 22:30Z on Saturday is 01:30 on Sunday in Riyadh
		Post sunday = post(1, "main", PostStatus.QUEUED, "2026-11-28T22:30:00Z", null);
		// published at 05:00Z on Monday, although it was due on Saturday
		Post monday = post(2, "main", PostStatus.PUBLISHED, "2026-11-28T09:00:00Z", "2026-11-30T05:00:00Z");
		Post sport = post(3, "ofoq_sport", PostStatus.REVIEW, "2026-12-04T20:00:00Z", null);
		WeekCalendar week = WeekCalendar.of(SATURDAY, LocalDate.of(2026, 11, 29), List.of(sunday, monday, sport), null,
				RIYADH);

		assertThat(week.accounts()).containsOnlyKeys("main", "ofoq_sport");
		List<WeekCalendar.Day> main = week.accounts().get("main");
		assertThat(main).extracting(WeekCalendar.Day::date).first().isEqualTo(SATURDAY);
		assertThat(main).hasSize(7).extracting(d -> d.entries().size()).containsExactly(0, 1, 1, 0, 0, 0, 0);
		assertThat(main.get(1).today()).isTrue();
		assertThat(main.get(1).entries()).singleElement().satisfies(e -> {
			assertThat(e.post().id()).isEqualTo(1);
			assertThat(e.time()).isEqualTo(LocalTime.of(1, 30));
		});
		assertThat(main.get(2).entries().get(0).time()).isEqualTo(LocalTime.of(8, 0));
		assertThat(week.accounts().get("ofoq_sport").get(6).entries()).extracting(e -> e.post().id()).containsExactly(3L);
	}

	@Test
	void shouldShowTheAccountAskedForEvenWithAnEmptyWeek() {
		Post sport = post(3, "ofoq_sport", PostStatus.QUEUED, "2026-12-01T20:00:00Z", null);
		WeekCalendar week = WeekCalendar.of(SATURDAY, SATURDAY, List.of(sport), "main", RIYADH);
		assertThat(week.accounts()).containsOnlyKeys("main");
		assertThat(week.accounts().get("main")).allSatisfy(day -> assertThat(day.entries()).isEmpty());
	}

	static Post post(long id, String account, PostStatus status, String due, String published) {
		String text = "عاجل: انطلاق مؤتمر الحوار الوطني في صنعاء بمشاركة واسعة";
		Instant at = Instant.parse(due);
		return new Post(id, "ofoq", account, "k" + id, text, "https://ofoq.example.com/" + id, text, null, status, false,
				at, at, at, 0, false, null, false, null, at, at, published == null ? null : Instant.parse(published), null, null,
				false, null);
	}

}
