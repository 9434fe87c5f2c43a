package nashir.schedule;

import java.time.Duration;
import java.time.ZoneId;

/** When a schedule polls its feed: at a fixed interval, or by a Quartz cron expression. */
public sealed interface PollTrigger {

	record Every(Duration interval) implements PollTrigger {
	}

	record Cron(String expression, ZoneId zone) implements PollTrigger {
	}

}
