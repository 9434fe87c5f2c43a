package nashir.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nashir.queue.Post;

/**
 * One week of an account's posts, day by day in the newsroom's zone, from Saturday, the first
 * working day of the week in most Arab newsrooms.
 *
 * @param start the week's Saturday
 */
record WeekCalendar(LocalDate start, Map<String, List<WeekCalendar.Day>> accounts) {

	static final DayOfWeek FIRST_DAY = DayOfWeek.SATURDAY;

	/** A post at its time of day: when it went out, or when it is due. */
	record Entry(Post post, LocalTime time) {
	}

	record Day(LocalDate date, boolean today, List<Entry> entries) {
	}

	/** The Saturday that starts {@code day}'s week. */
	static LocalDate weekOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(FIRST_DAY));
	}

	/**
	 * @param posts the week's posts, as {@link PostLog#calendar} reads them
	 * @param account the one account shown, or {@code null} for each account that has a post
	 */
	static WeekCalendar of(LocalDate start, LocalDate today, List<Post> posts, String account, NewsroomZone zone) {
		Map<String, List<Day>> accounts = new TreeMap<>();
		if (account != null) {
			accounts.put(account, emptyWeek(start, today));
		}
		for (Post post : posts) {
			if (account != null && !account.equals(post.account())) {
				continue;
			}
			Instant at = post.publishedAt() != null ? post.publishedAt() : post.dueAt();
			LocalDate date = zone.toLocal(at).toLocalDate();
			int index = (int) (date.toEpochDay() - start.toEpochDay());
			if (index >= 0 && index < 7) {
				accounts.computeIfAbsent(post.account(), a -> emptyWeek(start, today))
					.get(index)
					.entries()
					.add(new Entry(post, zone.toLocal(at).toLocalTime()));
			}
		}
		return new WeekCalendar(start, accounts);
	}

	/** The week's Friday (public: templates call it). */
	public LocalDate end() {
		return start.plusDays(6);
	}

	private static List<Day> emptyWeek(LocalDate start, LocalDate today) {
		List<Day> days = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			LocalDate date = start.plusDays(i);
			days.add(new Day(date, date.equals(today), new ArrayList<>()));
		}
		return days;
	}

}
