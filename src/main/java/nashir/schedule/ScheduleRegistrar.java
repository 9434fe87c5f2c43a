package nashir.schedule;

import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the Quartz job store match the schedule files: a job and trigger for each enabled
 * schedule, none for removed or disabled ones.
 */
@Component
class ScheduleRegistrar {

	static final String GROUP = "feeds";

	private static final Logger log = LoggerFactory.getLogger(ScheduleRegistrar.class);

	private final ScheduleCatalog catalog;

	private final Scheduler scheduler;

	ScheduleRegistrar(ScheduleCatalog catalog, Scheduler scheduler) {
		this.catalog = catalog;
		this.scheduler = scheduler;
	}

	@EventListener(ApplicationReadyEvent.class)
	void register() throws SchedulerException {
		Set<String> enabled = catalog.all().stream().filter(Schedule::enabled).map(Schedule::id)
			.collect(Collectors.toSet());
		for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
			if (!enabled.contains(key.getName())) {
				scheduler.deleteJob(key);
				log.info("event=schedule_unregistered schedule={}", key.getName());
			}
		}
		for (Schedule schedule : catalog.all()) {
			if (schedule.enabled()) {
				scheduler.scheduleJob(job(schedule), Set.of(trigger(schedule)), true);
				log.info("event=schedule_registered schedule={} feed={} trigger={}", schedule.id(), schedule.feed(),
						schedule.trigger());
			}
		}
	}

	private static JobDetail job(Schedule schedule) {
		return JobBuilder.newJob(FeedPollJob.class)
			.withIdentity(schedule.id(), GROUP)
			.withDescription("poll " + schedule.feed())
			.usingJobData(FeedPollJob.SCHEDULE_ID, schedule.id())
			.storeDurably()
			// A poll cut off by a dead node is run again by another at once (a poll is idempotent:
			// items and their posts are recorded in one transaction), not only at the next trigger.
			.requestRecovery()
			.build();
	}

	private static Trigger trigger(Schedule schedule) {
		TriggerBuilder<Trigger> trigger = TriggerBuilder.newTrigger().withIdentity(schedule.id(), GROUP).startNow();
		if (schedule.trigger() instanceof PollTrigger.Cron cron) {
			return trigger.withSchedule(CronScheduleBuilder.cronSchedule(cron.expression())
				.inTimeZone(TimeZone.getTimeZone(cron.zone()))
				.withMisfireHandlingInstructionDoNothing()).build();
		}
		PollTrigger.Every every = (PollTrigger.Every) schedule.trigger();
		// A missed poll is not worth catching up on: the next one reads the same feed.
		return trigger.withSchedule(SimpleScheduleBuilder.simpleSchedule()
			.withIntervalInMilliseconds(every.interval().toMillis())
			.repeatForever()
			.withMisfireHandlingInstructionNextWithRemainingCount()).build();
	}

}
