package nashir;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * The events a running application publishes, from every thread (Spring's {@code ApplicationEvents}
 * sees only the test's own, and the dispatcher's lanes publish on theirs). Close it after the test.
 */
public final class PublishedEvents implements ApplicationListener<PayloadApplicationEvent<?>>, AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final List<Object> events = new CopyOnWriteArrayList<>();

	private PublishedEvents(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static PublishedEvents listen(ConfigurableApplicationContext context) {
		PublishedEvents recorder = new PublishedEvents(context);
		context.addApplicationListener(recorder);
		return recorder;
	}

	@Override
	public void onApplicationEvent(PayloadApplicationEvent<?> event) {
		this.events.add(event.getPayload());
	}

	public <T> List<T> of(Class<T> type) {
		return this.events.stream().filter(type::isInstance).map(type::cast).toList();
	}

	@Override
	public void close() {
		this.context.removeApplicationListener(this);
	}

}
