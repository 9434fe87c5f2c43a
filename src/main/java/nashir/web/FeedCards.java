package nashir.web;

import java.util.List;

import nashir.queue.Post;
import nashir.schedule.FeedStatus;
import nashir.schedule.FeedStatuses;
import nashir.schedule.Schedule;
import nashir.schedule.ScheduleCatalog;

import org.springframework.stereotype.Component;

/** Each schedule as the feeds page and API show it: its file, its feed's health and next poll, and the posts it sends next. */
@Component
class FeedCards {

	static final int NEXT_POSTS = 3;

	private final ScheduleCatalog catalog;

	private final FeedStatuses statuses;

	private final PostLog log;

	FeedCards(ScheduleCatalog catalog, FeedStatuses statuses, PostLog log) {
		this.catalog = catalog;
		this.statuses = statuses;
		this.log = log;
	}

	/** @param next the posts it will send next (waiting for review, queued or about to retry) */
	record FeedCard(Schedule schedule, FeedStatus status, List<Post> next) {
	}

	List<FeedCard> all() {
		return catalog.all().stream().map(this::card).toList();
	}

	FeedCard find(String scheduleId) {
		return catalog.find(scheduleId)
			.map(this::card)
			.orElseThrow(() -> new NotFound("there is no schedule '" + scheduleId + "'"));
	}

	private FeedCard card(Schedule schedule) {
		FeedStatus status = statuses.find(schedule.id()).orElseThrow();
		return new FeedCard(schedule, status, log.nextOf(schedule.id(), NEXT_POSTS));
	}

}
