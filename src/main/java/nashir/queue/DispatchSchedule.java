package nashir.queue;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs the dispatcher every {@code nashir.dispatcher.interval}, and at once when a post is queued,
 * so a new story does not wait for the next tick. Off with {@code nashir.dispatcher.enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "nashir.dispatcher.enabled", matchIfMissing = true)
class DispatchSchedule {

	private final Dispatcher dispatcher;

	private final TaskExecutor executor;

	DispatchSchedule(Dispatcher dispatcher, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.dispatcher = dispatcher;
		this.executor = executor;
	}

	@Scheduled(fixedDelayString = "${nashir.dispatcher.interval:500ms}")
	void run() {
		dispatcher.dispatch();
	}

	/**
	 * On another thread: after a commit the committed transaction is still bound to this one,
	 * and the dispatcher's own moves would join it and never be committed.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void queued(PostQueued event) {
		executor.execute(dispatcher::dispatch);
	}

}
