package nashir.alert;

/** One configured destination of alerts: a webhook or a list of e-mail recipients. */
interface AlertChannel {

	/** How the log names it: its kind and configured name, never its URL (a webhook URL may hold a token). */
	String name();

	boolean takes(AlertKind kind);

	/** Sends the alert once; any exception means "not delivered, try again later". */
	void send(Alert alert) throws Exception;

}
