package nashir.schedule;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Added, changed and removed schedule files take effect without a restart. The folder is looked at
 * every 2 seconds rather than watched: file-system events are missed on network and container
 * mounts and by editors that save by renaming a new file over the old one, while a listing of a few
 * file sizes and times is cheap and always right. A change wakes this node's sweep, so a new
 * schedule polls at once.
 */
@Component
class ScheduleWatcher {

	private static final Logger log = LoggerFactory.getLogger(ScheduleWatcher.class);

	private final ScheduleSync sync;

	private final FeedSweep sweep;

	private boolean failing;

	ScheduleWatcher(ScheduleSync sync, FeedSweep sweep) {
		this.sync = sync;
		this.sweep = sweep;
	}

	@Scheduled(fixedDelay = 2, initialDelay = 2, timeUnit = TimeUnit.SECONDS)
	void look() {
		try {
			if (sync.sync()) {
				sweep.wake();
			}
			failing = false;
		}
		catch (DataAccessException ex) {
			// Once per failing spell, not every 2 seconds while the database is away.
			if (!failing) {
				log.error("event=schedules_update_failed reason=\"{}\"", ex.getMessage());
			}
			failing = true;
		}
	}

}
