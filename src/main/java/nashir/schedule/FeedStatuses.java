package nashir.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nashir.feed.FeedHealth;
import nashir.feed.FeedRefresher;

import org.quartz.SchedulerException;
import org.springframework.stereotype.Service;

/** Every schedule's feed health together with its place in Quartz, for pages, API and ops. */
@Service
public class FeedStatuses {

	private final ScheduleCatalog catalog;

	private final FeedRefresher refresher;

	private final ScheduleControl control;

	FeedStatuses(ScheduleCatalog catalog, FeedRefresher refresher, ScheduleControl control) {
		this.catalog = catalog;
		this.refresher = refresher;
		this.control = control;
	}

	public List<FeedStatus> all() throws SchedulerException {
		List<FeedStatus> statuses = new ArrayList<>();
		for (Schedule schedule : catalog.all()) {
			statuses.add(status(schedule));
		}
		return statuses;
	}

	public Optional<FeedStatus> find(String scheduleId) throws SchedulerException {
		Optional<Schedule> schedule = catalog.find(scheduleId);
		return schedule.isEmpty() ? Optional.empty() : Optional.of(status(schedule.get()));
	}

	private FeedStatus status(Schedule schedule) throws SchedulerException {
		Optional<FeedHealth> health = refresher.health(schedule.id());
		boolean paused = schedule.enabled() && control.isPaused(schedule.id());
		return new FeedStatus(schedule.id(), schedule.feed(), schedule.enabled(), paused,
				health.map(FeedHealth::lastPollAt).orElse(null), health.map(FeedHealth::lastSuccessAt).orElse(null),
				health.map(FeedHealth::consecutiveFailures).orElse(0), health.map(FeedHealth::lastError).orElse(null),
				health.map(FeedHealth::retryAt).orElse(null),
				schedule.enabled() ? control.nextPoll(schedule.id()).orElse(null) : null,
				health.map(FeedHealth::notice).orElse(null), health.map(FeedHealth::noticeAt).orElse(null),
				health.map(FeedHealth::failedItems).orElse(List.of()),
				health.map(FeedHealth::lastErrorReason).orElse(null), health.map(FeedHealth::noticeReason).orElse(null));
	}

}
