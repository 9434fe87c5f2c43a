package nashir.alert;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Stores each alert for the bell and sends it to every destination that takes its kind, on its own
 * threads: never in the caller's transaction, and a slow webhook never holds up a poll or a post.
 * A destination that fails is tried again after {@code first-retry}, then four times longer each
 * time, up to {@code attempts} tries; only the last failure is logged.
 */
class AlertSender implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(AlertSender.class);

	private final AlertRepository alerts;

	private final List<AlertChannel> channels;

	private final AlertSettings settings;

	private final ScheduledExecutorService executor;

	/** The webhooks' client, closed with the sender. */
	private final AutoCloseable client;

	AlertSender(AlertRepository alerts, List<AlertChannel> channels, AlertSettings settings,
			ScheduledExecutorService executor, AutoCloseable client) {
		this.alerts = alerts;
		this.channels = List.copyOf(channels);
		this.settings = settings;
		this.executor = executor;
		this.client = client;
	}

	/** Alerts still waiting for a retry at shutdown are dropped: they are in the bell already. */
	@Override
	public void close() throws Exception {
		this.executor.shutdownNow();
		this.client.close();
	}

	void raise(Alert alert) {
		try {
			this.executor.execute(() -> {
				Alert stored = store(alert);
				for (AlertChannel channel : this.channels) {
					if (channel.takes(alert.kind())) {
						attempt(channel, stored, 1);
					}
				}
			});
		}
		catch (RejectedExecutionException ex) {
			// Shutting down while a lane finishes its post: the post's result must not fail for an alert.
			log.warn("event=alert_dropped kind={} reason=\"shutting down\"", alert.kind().id());
		}
	}

	/** The bell misses an alert the database refuses; its destinations still get it. */
	private Alert store(Alert alert) {
		try {
			return this.alerts.insert(alert);
		}
		catch (DataAccessException ex) {
			log.error("event=alert_unstored kind={} error=\"{}\"", alert.kind().id(), ex.getMostSpecificCause().getMessage());
			return alert;
		}
	}

	private void attempt(AlertChannel channel, Alert alert, int attempt) {
		try {
			channel.send(alert);
		}
		catch (Exception ex) {
			if (attempt < this.settings.attempts()) {
				Duration wait = this.settings.firstRetry().multipliedBy(1L << (2 * (attempt - 1)));
				this.executor.schedule(() -> attempt(channel, alert, attempt + 1), wait.toMillis(), TimeUnit.MILLISECONDS);
			}
			else {
				// The exception's own words: Http's name no URL, and Spring Mail's no password.
				log.warn("event=alert_undelivered to=\"{}\" kind={} alert={} attempts={} error=\"{}\"", channel.name(),
						alert.kind().id(), alert.id(), attempt, ex.getMessage());
			}
		}
	}

}
