package nashir.queue;

import java.time.Clock;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ticks every {@code nashir.dispatcher.interval} and runs the dispatcher when its next look is due
 * ({@link Dispatcher#nextLook}) or the queue changed ({@link QueueChanged}): an idle queue costs a
 * look every few seconds, not three queries a tick. Starts the account's lane at once when a post is
 * queued, so a new story does not wait for the next tick. Off with {@code nashir.dispatcher.enabled=false}:
 * read when the bean is made, not a condition on it, as the packaged jar's beans are fixed at build
 * ({@link nashir.PrebuiltContext}).
 */
@Component
class DispatchSchedule {

	private final boolean enabled;

	private final Dispatcher dispatcher;

	private final TaskExecutor executor;

	/** Twice a second while the database is down: once a minute in the log is enough. */
	private final LogThrottle failures;

	private final Clock clock;

	private volatile boolean changed;

	DispatchSchedule(@Value("${nashir.dispatcher.enabled:true}") boolean enabled, Dispatcher dispatcher,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
		this.enabled = enabled;
		this.dispatcher = dispatcher;
		this.executor = executor;
		this.failures = new LogThrottle(LoggerFactory.getLogger(DispatchSchedule.class), clock);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${nashir.dispatcher.interval:500ms}")
	void tick() {
		if (enabled && (changed || !clock.instant().isBefore(dispatcher.nextLook()))) {
			run();
		}
	}

	private void run() {
		// Cleared before the look, so a change made during it brings another.
		changed = false;
		safely(dispatcher::dispatch);
	}

	private void safely(Runnable dispatch) {
		try {
			dispatch.run();
		}
		catch (RuntimeException ex) {
			failures.error("event=dispatch_failed", ex);
		}
	}

	/**
	 * On another thread: after a commit the committed transaction is still bound to this one,
	 * and the dispatcher's own moves would join it and never be committed.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void queued(PostQueued event) {
		if (enabled) {
			executor.execute(() -> safely(() -> dispatcher.queued(event.account(), event.dueAt())));
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void changed(QueueChanged event) {
		changed = true;
	}

}
