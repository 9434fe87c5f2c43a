package nashir.schedule;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
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
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the Quartz job store match the schedule files: a job and trigger for each enabled
 * schedule, none for removed or disabled ones.
 */
@Component
class ScheduleRegistrar {

	static final String GROUP = "feeds";

	private static final Logger log = LoggerFactory.getLogger(ScheduleRegistrar.class);

	/** Schedules stored per transaction: other nodes wait for the trigger lock one chunk at a time. */
	private static final int CHUNK = 100;

	private final ScheduleCatalog catalog;

	private final Scheduler scheduler;

	private final TransactionTemplate transaction;

	ScheduleRegistrar(ScheduleCatalog catalog, Scheduler scheduler, PlatformTransactionManager transactions) {
		this.catalog = catalog;
		this.scheduler = scheduler;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Every change runs in a transaction: Quartz's JDBC store joins Spring's, and without one each
	 * statement commits alone, so that another node of a cluster could fire a trigger half replaced.
	 */
	@EventListener(ApplicationReadyEvent.class)
	synchronized void register() throws SchedulerException {
		List<Schedule> enabled = catalog.all().stream().filter(Schedule::enabled).toList();
		Set<String> ids = enabled.stream().map(Schedule::id).collect(Collectors.toSet());
		for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
			if (!ids.contains(key.getName())) {
				inTransaction(() -> scheduler.deleteJob(key));
				log.info("event=schedule_unregistered schedule={}", key.getName());
			}
		}
		for (int from = 0; from < enabled.size(); from += CHUNK) {
			List<Schedule> chunk = enabled.subList(from, Math.min(from + CHUNK, enabled.size()));
			Map<JobDetail, Set<? extends Trigger>> jobs = new LinkedHashMap<>();
			chunk.forEach(schedule -> jobs.put(job(schedule), Set.of(trigger(schedule))));
			inTransaction(() -> scheduler.scheduleJobs(jobs, true));
			chunk.forEach(schedule -> log.info("event=schedule_registered schedule={} feed={} trigger={}",
					schedule.id(), schedule.feed(), schedule.trigger()));
		}
	}

	/**
	 * Brings the named schedules up to date after their files changed: an enabled one is scheduled
	 * anew (a trigger an editor paused stays paused), any other has its job deleted. Posts already
	 * queued and the feed's ledger are not Quartz's and stay.
	 */
	synchronized void update(Set<String> ids) throws SchedulerException {
		for (String id : ids) {
			Optional<Schedule> enabled = catalog.find(id).filter(Schedule::enabled);
			if (enabled.isPresent()) {
				Schedule schedule = enabled.get();
				TriggerKey key = TriggerKey.triggerKey(id, GROUP);
				inTransaction(() -> {
					boolean paused = scheduler.getTriggerState(key) == Trigger.TriggerState.PAUSED;
					scheduler.scheduleJob(job(schedule), Set.of(trigger(schedule)), true);
					if (paused) {
						scheduler.pauseTrigger(key);
					}
				});
				log.info("event=schedule_registered schedule={} feed={} trigger={}", id, schedule.feed(),
						schedule.trigger());
			}
			else {
				inTransaction(() -> {
					if (scheduler.deleteJob(JobKey.jobKey(id, GROUP))) {
						log.info("event=schedule_unregistered schedule={}", id);
					}
				});
			}
		}
	}

	private void inTransaction(SchedulerWork work) throws SchedulerException {
		try {
			transaction.executeWithoutResult(status -> {
				try {
					work.run();
				}
				catch (SchedulerException ex) {
					throw new Failed(ex);
				}
			});
		}
		catch (Failed ex) {
			throw (SchedulerException) ex.getCause();
		}
	}

	private interface SchedulerWork {

		void run() throws SchedulerException;

	}

	/** Carries a checked SchedulerException out of the transaction callback, rolling it back. */
	private static final class Failed extends RuntimeException {

		Failed(SchedulerException cause) {
			super(cause);
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
		TriggerBuilder<Trigger> trigger = TriggerBuilder.newTrigger().withIdentity(schedule.id(), GROUP);
		if (schedule.trigger() instanceof PollTrigger.Cron cron) {
			return trigger.startNow().withSchedule(CronScheduleBuilder.cronSchedule(cron.expression())
				.inTimeZone(TimeZone.getTimeZone(cron.zone()))
				.withMisfireHandlingInstructionDoNothing()).build();
		}
		long interval = ((PollTrigger.Every) schedule.trigger()).interval().toMillis();
		// Each schedule starts at its own point of the interval, set by a hash of its id (well mixed
		// even for site-1, site-2…, and the same on every node): thousands of feeds registered
		// together would otherwise all poll in the same second, every interval, and the nodes would
		// queue for Quartz's lock instead of sharing the work.
		long hash = UUID.nameUUIDFromBytes(schedule.id().getBytes(StandardCharsets.UTF_8)).getLeastSignificantBits();
		Date first = new Date(System.currentTimeMillis() + Math.floorMod(hash, interval));
		// A missed poll is not worth catching up on: the next one reads the same feed.
		return trigger.startAt(first).withSchedule(SimpleScheduleBuilder.simpleSchedule()
			.withIntervalInMilliseconds(interval)
			.repeatForever()
			.withMisfireHandlingInstructionNextWithRemainingCount()).build();
	}

}
