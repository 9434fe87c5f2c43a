package nashir.queue;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
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

	DispatchSchedule(Dispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	@Scheduled(fixedDelayString = "${nashir.dispatcher.interval:500ms}")
	void run() {
		dispatcher.dispatch();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void queued(PostQueued event) {
		dispatcher.dispatch();
	}

}
