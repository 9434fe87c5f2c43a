package nashir.queue;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the dispatcher every {@code nashir.dispatcher.interval}; off with {@code nashir.dispatcher.enabled=false}. */
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

}
