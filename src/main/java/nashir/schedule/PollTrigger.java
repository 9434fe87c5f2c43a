package nashir.schedule;

import java.text.ParseException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.TimeZone;

import org.quartz.CronExpression;

/** When a schedule polls its feed: at a fixed interval, or by a Quartz cron expression. */
public sealed interface PollTrigger {

	record Every(Duration interval) implements PollTrigger {
	}

	record Cron(String expression, ZoneId zone) implements PollTrigger {

		/**
		 * The shortest time between two of the next fires: enough to catch a seconds or minutes
		 * field that fires too often, which shows within a day of fires.
		 */
		Duration shortestGap() {
			try {
				CronExpression cron = new CronExpression(expression);
				cron.setTimeZone(TimeZone.getTimeZone(zone));
				Duration shortest = ChronoUnit.FOREVER.getDuration();
				Date previous = cron.getNextValidTimeAfter(new Date());
				for (int fire = 0; fire < 200 && previous != null; fire++) {
					Date next = cron.getNextValidTimeAfter(previous);
					if (next != null) {
						Duration gap = Duration.ofMillis(next.getTime() - previous.getTime());
						shortest = gap.compareTo(shortest) < 0 ? gap : shortest;
					}
					previous = next;
				}
				return shortest;
			}
			catch (ParseException ex) {
				throw new IllegalArgumentException(ex);
			}
		}

	}

}
