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

	/** Many new schedules at once take their first polls over at most this, so that they do not all poll in one second. */
	static final Duration MOST_SPREAD = Duration.ofSeconds(30);

	/** What each of many new schedules adds to the spread: 2,000 new feeds take the whole 30 s. */
	private static final Duration SPREAD_PER_SCHEDULE = Duration.ofMillis(15);

	/**
	 * The timing of the {@code index}-th of {@code count} schedules that are new at {@code now}: their
	 * phases spread over the whole interval, so that thousands of new feeds poll evenly from their second
	 * poll on, not in the 30 s burst of their first ({@link #firstAt}).
	 */
	static PollTiming first(PollTrigger trigger, int index, int count, Instant now) {
		if (trigger instanceof PollTrigger.Cron cron) {
			return new PollTiming(null, null, cron.expression(), cron.zone().getId());
		}
		long interval = ((PollTrigger.Every) trigger).interval().toMillis();
		return new PollTiming(interval, Math.floorMod(now.toEpochMilli() + interval * index / Math.max(count, 1), interval),
				null, null);
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

	/**
	 * The first poll of the {@code index}-th of {@code count} schedules new (or newly timed) at
	 * {@code now}: within 5 s, many at once spread over at most 30 s; a cron's next time.
	 */
	Instant firstAt(int index, int count, Instant now) {
		if (everyMs == null) {
			return after(now);
		}
		long window = Math.min(everyMs, Math.min(MOST_SPREAD.toMillis(),
				Math.max(FIRST_WITHIN.toMillis(), SPREAD_PER_SCHEDULE.toMillis() * count)));
		return now.plusMillis(window * index / Math.max(count, 1));
	}

}
