package nashir.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import nashir.feed.FeedHealth;
import nashir.feed.FeedRefresher;

import org.springframework.stereotype.Service;

/** Every schedule's feed health together with its row (pause, last and next poll), for pages, API and ops. */
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

	public List<FeedStatus> all() {
		List<FeedStatus> statuses = new ArrayList<>();
		for (Schedule schedule : catalog.all()) {
			statuses.add(status(schedule));
		}
		return statuses;
	}

	public Optional<FeedStatus> find(String scheduleId) {
		Optional<Schedule> schedule = catalog.find(scheduleId);
		return schedule.isEmpty() ? Optional.empty() : Optional.of(status(schedule.get()));
	}

	private FeedStatus status(Schedule schedule) {
		Optional<FeedHealth> health = refresher.health(schedule.id());
		Optional<ScheduleTable.Row> row = control.state(schedule.id());
		boolean paused = schedule.enabled() && row.map(ScheduleTable.Row::paused).orElse(false);
		// The sweep records every poll; the feed's own record misses a healthy 304 but has WebSub pushes.
		Instant lastPollAt = Stream.of(row.map(ScheduleTable.Row::lastPollAt), health.map(FeedHealth::lastPollAt))
			.flatMap(Optional::stream).max(Comparator.naturalOrder()).orElse(null);
		Instant nextPollAt = !schedule.enabled() || paused ? null : row.map(ScheduleTable.Row::nextPollAt).orElse(null);
		return new FeedStatus(schedule.id(), schedule.feed(), schedule.enabled(), paused, lastPollAt,
				health.map(FeedHealth::lastSuccessAt).orElse(null), health.map(FeedHealth::consecutiveFailures).orElse(0),
				health.map(FeedHealth::lastError).orElse(null), health.map(FeedHealth::retryAt).orElse(null), nextPollAt,
				health.map(FeedHealth::notice).orElse(null), health.map(FeedHealth::noticeAt).orElse(null),
				health.map(FeedHealth::failedItems).orElse(List.of()),
				health.map(FeedHealth::lastErrorReason).orElse(null), health.map(FeedHealth::noticeReason).orElse(null));
	}

}
