package nashir.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The Quartz job of one schedule. Never runs twice at once for the same schedule. */
@DisallowConcurrentExecution
class FeedPollJob implements Job {

	static final String SCHEDULE_ID = "scheduleId";

	private final FeedPoller poller;

	FeedPollJob(FeedPoller poller) {
		this.poller = poller;
	}

	@Override
	public void execute(JobExecutionContext context) {
		poller.poll(context.getMergedJobDataMap().getString(SCHEDULE_ID));
	}

}
