package nashir.web;

/** A change the web app will not make; the message says why, for the user to read. */
class ActionRefused extends RuntimeException {

	ActionRefused(String message) {
		super(message);
	}

}
