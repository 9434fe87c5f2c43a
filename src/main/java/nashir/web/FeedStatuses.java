package nashir.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nashir.feed.FeedHealth;
import nashir.feed.FeedRefresher;
import nashir.queue.Post;
import nashir.schedule.Schedule;
import nashir.schedule.ScheduleControl;

import org.quartz.SchedulerException;
import org.springframework.stereotype.Component;

/** A schedule as the feeds page and API show it: paused or not, next poll, and the posts it sends next. */
@Component
class FeedStatuses {

	private final ScheduleControl control;

	private final PostLog log;

	private final FeedRefresher feeds;

	FeedStatuses(ScheduleControl control, PostLog log, FeedRefresher feeds) {
		this.control = control;
		this.log = log;
		this.feeds = feeds;
	}

	/**
	 * @param health how its feed is doing, or {@code null} before its first poll
	 * @param nextPoll when Quartz polls next, or {@code null} when paused or disabled
	 * @param next the posts it will send next
	 */
	record FeedStatus(Schedule schedule, FeedHealth health, boolean paused, Instant nextPoll, List<Post> next) {
	}

	FeedStatus of(Schedule schedule, int nextPosts) {
		boolean paused;
		Optional<Instant> nextPoll;
		try {
			paused = control.isPaused(schedule.id());
			nextPoll = control.nextPoll(schedule.id());
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("the scheduler cannot tell the state of '" + schedule.id() + "'", ex);
		}
		return new FeedStatus(schedule, feeds.health(schedule.id()).orElse(null), paused, nextPoll.orElse(null),
				log.nextOf(schedule.id(), nextPosts));
	}

}
