package nashir.schedule;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.springframework.stereotype.Service;

/** What editors and ops do to a schedule while it runs: pause, resume, poll now, and when it polls next. */
@Service
public class ScheduleControl {

	private final ScheduleCatalog catalog;

	private final Scheduler scheduler;

	ScheduleControl(ScheduleCatalog catalog, Scheduler scheduler) {
		this.catalog = catalog;
		this.scheduler = scheduler;
	}

	public void pause(String id) throws SchedulerException {
		scheduler.pauseTrigger(trigger(id));
	}

	public void resume(String id) throws SchedulerException {
		scheduler.resumeTrigger(trigger(id));
	}

	/** Polls at once, beside the regular trigger (never at the same time as a running poll). */
	public void pollNow(String id) throws SchedulerException {
		known(id);
		scheduler.triggerJob(JobKey.jobKey(id, ScheduleRegistrar.GROUP));
	}

	public boolean isPaused(String id) throws SchedulerException {
		return scheduler.getTriggerState(trigger(id)) == Trigger.TriggerState.PAUSED;
	}

	public Optional<Instant> nextPoll(String id) throws SchedulerException {
		Trigger trigger = scheduler.getTrigger(trigger(id));
		Date next = trigger == null || isPaused(id) ? null : trigger.getNextFireTime();
		return Optional.ofNullable(next).map(Date::toInstant);
	}

	private TriggerKey trigger(String id) {
		known(id);
		return TriggerKey.triggerKey(id, ScheduleRegistrar.GROUP);
	}

	private void known(String id) {
		if (catalog.find(id).isEmpty()) {
			throw new IllegalArgumentException("there is no schedule '" + id + "'");
		}
	}

}
