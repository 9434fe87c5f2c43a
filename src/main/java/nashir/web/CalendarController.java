package nashir.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /calendar}: a week of each account's posts, what is scheduled and what went out, day by day. */
@Controller
class CalendarController {

	private final PostLog log;

	private final NewsroomZone zone;

	private final Clock clock;

	CalendarController(PostLog log, NewsroomZone zone, Clock clock) {
		this.log = log;
		this.zone = zone;
		this.clock = clock;
	}

	/**
	 * @param week any day of the week shown; this week by default
	 * @param account the one account shown; every account with a post by default
	 */
	@GetMapping("/calendar")
	String calendar(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
			@RequestParam(required = false) String account, Model model) {
		LocalDate today = zone.toLocal(clock.instant()).toLocalDate();
		LocalDate start = WeekCalendar.weekOf(week == null ? today : week);
		String only = account == null || account.isBlank() ? null : account;
		WeekCalendar calendar = WeekCalendar.of(start, today,
				log.calendar(zone.toInstant(start.atStartOfDay()), zone.toInstant(start.plusDays(7).atStartOfDay())),
				only, zone);
		model.addAttribute("calendar", calendar);
		model.addAttribute("account", only);
		model.addAttribute("accountNames", log.accounts());
		model.addAttribute("thisWeek", WeekCalendar.weekOf(today));
		model.addAttribute("zone", zone.zone().getId());
		return "calendar";
	}

}
