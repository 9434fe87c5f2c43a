package nashir.alert;

import java.util.Set;

/**
 * One configured destination of alerts: a webhook or a list of e-mail recipients.
 *
 * @param name how the log names it, its kind and configured name, never its URL (a webhook URL may
 *     hold a token)
 * @param events the events it takes
 */
record AlertChannel(String name, Set<AlertKind> events, Delivery delivery) {

	/** Sends one alert once; any exception means "not delivered, try again later". */
	interface Delivery {

		void send(Alert alert) throws Exception;

	}

	boolean takes(AlertKind kind) {
		return this.events.contains(kind);
	}

	void send(Alert alert) throws Exception {
		this.delivery.send(alert);
	}

}
