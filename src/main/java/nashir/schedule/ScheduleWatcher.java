package nashir.schedule;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Added, changed and removed schedule files take effect without a restart. Every 2 seconds the
 * watcher asks the folder's file-system events whether anything changed, and only then lists it
 * (2,000 files cost a stat each). Events are missed on some network and container mounts, so the
 * folder is also listed every 10 seconds whatever the events say, and at every look while a look
 * failed or a file clashes with an app schedule (either may go at any time). A change wakes this
 * node's sweep, so a new schedule polls at once.
 */
@Component
class ScheduleWatcher implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ScheduleWatcher.class);

	/** The longest a change on a mount that sends no events waits to be seen. */
	private static final Duration LIST_AT_LEAST_EVERY = Duration.ofSeconds(10);

	private final ScheduleSync sync;

	private final FeedSweep sweep;

	private final FolderEvents events;

	private final Clock clock;

	private Instant listed = Instant.MIN;

	private boolean again = true;

	private boolean failing;

	ScheduleWatcher(ScheduleSync sync, FeedSweep sweep, Clock clock) {
		this.sync = sync;
		this.sweep = sweep;
		this.events = new FolderEvents(sync.directory());
		this.clock = clock;
	}

	@Scheduled(fixedDelay = 2, initialDelay = 2, timeUnit = TimeUnit.SECONDS)
	void look() {
		Instant now = clock.instant();
		// Asked first, so that a change during the listing is an event for the next look.
		boolean changed = events.changed();
		if (!changed && !again && now.isBefore(listed.plus(LIST_AT_LEAST_EVERY))) {
			return;
		}
		try {
			if (sync.sync()) {
				sweep.wake();
			}
			listed = now;
			again = sync.mustLookAgain();
			failing = false;
		}
		catch (DataAccessException ex) {
			again = true;
			// Once per failing spell, not every 2 seconds while the database is away.
			if (!failing) {
				log.error("event=schedules_update_failed reason=\"{}\"", ex.getMessage());
			}
			failing = true;
		}
	}

	@Override
	public void close() throws IOException {
		events.close();
	}

}
