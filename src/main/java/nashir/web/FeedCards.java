package nashir.web;

import java.util.List;
import java.util.Set;

import nashir.queue.Post;
import nashir.schedule.AppSchedules;
import nashir.schedule.FeedStatus;
import nashir.schedule.FeedStatuses;
import nashir.schedule.Schedule;
import nashir.schedule.ScheduleCatalog;

import org.springframework.stereotype.Component;

/** Each schedule as the feeds page and API show it: where it comes from, its feed's health and next poll, and the posts it sends next. */
@Component
class FeedCards {

	static final int NEXT_POSTS = 3;

	private final ScheduleCatalog catalog;

	private final FeedStatuses statuses;

	private final PostLog log;

	private final AppSchedules app;

	FeedCards(ScheduleCatalog catalog, FeedStatuses statuses, PostLog log, AppSchedules app) {
		this.catalog = catalog;
		this.statuses = statuses;
		this.log = log;
		this.app = app;
	}

	/**
	 * @param next the posts it will send next (waiting for review, queued or about to retry)
	 * @param fromApp made in the app (editors change it there), not read from a schedule file
	 */
	record FeedCard(Schedule schedule, FeedStatus status, List<Post> next, boolean fromApp) {
	}

	List<FeedCard> all() {
		Set<String> fromApp = app.appIds();
		return catalog.all().stream().map(schedule -> card(schedule, fromApp)).toList();
	}

	FeedCard find(String scheduleId) {
		return catalog.find(scheduleId)
			.map(schedule -> card(schedule, app.appIds()))
			.orElseThrow(() -> new NotFound("there is no schedule '" + scheduleId + "'"));
	}

	private FeedCard card(Schedule schedule, Set<String> fromApp) {
		FeedStatus status = statuses.find(schedule.id()).orElseThrow();
		return new FeedCard(schedule, status, log.nextOf(schedule.id(), NEXT_POSTS), fromApp.contains(schedule.id()));
	}

}
