package nashir.schedule;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Added, changed and removed schedule files take effect without a restart. The folder is looked at
 * every 2 seconds rather than watched: file-system events are missed on network and container
 * mounts and by editors that save by renaming a new file over the old one, while a listing of a few
 * file sizes and times is cheap and always right.
 */
@Component
class ScheduleWatcher {

	private static final Logger log = LoggerFactory.getLogger(ScheduleWatcher.class);

	private final ScheduleCatalog catalog;

	private final ScheduleRegistrar registrar;

	/** Schedules read anew whose Quartz job is not updated yet: tried again at the next look. */
	private final Set<String> pending = new TreeSet<>();

	private boolean failing;

	ScheduleWatcher(ScheduleCatalog catalog, ScheduleRegistrar registrar) {
		this.catalog = catalog;
		this.registrar = registrar;
	}

	@Scheduled(fixedDelay = 2, initialDelay = 2, timeUnit = TimeUnit.SECONDS)
	void look() {
		pending.addAll(catalog.reload());
		if (pending.isEmpty()) {
			return;
		}
		try {
			registrar.update(Set.copyOf(pending));
			pending.clear();
			failing = false;
		}
		catch (SchedulerException | DataAccessException | TransactionException ex) {
			// Once per failing spell, not every 2 seconds while the database is away.
			if (!failing) {
				log.error("event=schedules_update_failed schedules={} reason=\"{}\"", pending, ex.getMessage());
			}
			failing = true;
		}
	}

}
