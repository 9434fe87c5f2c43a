package nashir.schedule;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

import org.quartz.CronExpression;

/**
 * When a stored schedule polls: every {@code everyMs} at its {@code phaseMs} (instants t with
 * t ≡ phase mod interval, so that a restart or another node never shifts it), or by a Quartz cron
 * expression in its zone.
 *
 * @param everyMs the interval, or {@code null} for a cron schedule
 * @param phaseMs where in the interval it polls, or {@code null} for a cron schedule
 */
record PollTiming(Long everyMs, Long phaseMs, String cron, String zone) {

	/** A new schedule's first poll comes within this, unless many arrive at once. */
	static final Duration FIRST_WITHIN = Duration.ofSeconds(5);

	/** Many new schedules at once are spread over at most this, so that they do not all poll in one second. */
	static final Duration MOST_SPREAD = Duration.ofSeconds(30);

	/** What each of many new schedules adds to the spread: 2,000 new feeds take the whole 30 s. */
	private static final Duration SPREAD_PER_SCHEDULE = Duration.ofMillis(15);

	/** The first poll of the {@code index}-th of {@code count} schedules that are new at {@code now}, and its phase from it. */
	static PollTiming first(PollTrigger trigger, int index, int count, Instant now) {
		if (trigger instanceof PollTrigger.Cron cron) {
			return new PollTiming(null, null, cron.expression(), cron.zone().getId());
		}
		long interval = ((PollTrigger.Every) trigger).interval().toMillis();
		long window = Math.min(interval, Math.min(MOST_SPREAD.toMillis(),
				Math.max(FIRST_WITHIN.toMillis(), SPREAD_PER_SCHEDULE.toMillis() * count)));
		long first = now.toEpochMilli() + window * index / Math.max(count, 1);
		return new PollTiming(interval, Math.floorMod(first, interval), null, null);
	}

	/** Whether a schedule with this trigger keeps its timing: the same interval keeps its phase. */
	boolean fits(PollTrigger trigger) {
		if (trigger instanceof PollTrigger.Cron cron) {
			return cron.expression().equals(this.cron) && cron.zone().getId().equals(zone);
		}
		return everyMs != null && phaseMs != null && ((PollTrigger.Every) trigger).interval().toMillis() == everyMs;
	}

	/** The first poll after {@code now}; {@code null} for a cron expression that never fires again. */
	Instant after(Instant now) {
		if (everyMs != null) {
			long at = now.toEpochMilli();
			return Instant.ofEpochMilli(at - Math.floorMod(at - phaseMs, everyMs) + everyMs);
		}
		try {
			CronExpression expression = new CronExpression(cron);
			expression.setTimeZone(TimeZone.getTimeZone(ZoneId.of(zone)));
			Date next = expression.getNextValidTimeAfter(Date.from(now));
			return next == null ? null : next.toInstant();
		}
		catch (ParseException ex) {
			throw new IllegalStateException("stored cron expression '" + cron + "' is not valid", ex);
		}
	}

	/** The first poll of a new (or newly timed) schedule: the instant its phase came from, or the cron's next. */
	Instant firstAt(Instant now) {
		return after(everyMs == null ? now : now.minusMillis(1));
	}

}
