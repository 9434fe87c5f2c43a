package nashir.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;

/**
 * Logs an error that repeats once a minute with a count, instead of once per occurrence: with
 * the disk full, the dispatcher alone failed twice a second, each time with a 100-line stack
 * trace (28,000 log lines in minutes, filling the disk further). An error is logged whole unless
 * one was logged less than a minute before; then it is counted, and the first one after the minute
 * is logged as one line saying how many were left out.
 * One instance per place that can fail repeatedly; safe to share between threads. Here in
 * {@code queue} because the dispatcher, the web and ops (which may all use the queue) need it.
 */
public final class LogThrottle {

	static final Duration WINDOW = Duration.ofMinutes(1);

	private final Logger log;

	private final Clock clock;

	private Instant logged;

	private int left;

	public LogThrottle(Logger log, Clock clock) {
		this.log = log;
		this.clock = clock;
	}

	public synchronized void error(String message, Throwable failure) {
		Instant now = clock.instant();
		if (logged != null && now.isBefore(logged.plus(WINDOW))) {
			left++;
			return;
		}
		if (left == 0) {
			log.error(message, failure);
		}
		else {
			log.error("{} ({} more times since {}): {}", message, left, logged, rootCause(failure));
		}
		logged = now;
		left = 0;
	}

	private static String rootCause(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.toString();
	}

}
