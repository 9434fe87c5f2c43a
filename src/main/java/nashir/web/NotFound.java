package nashir.web;

/** Asked for something that does not exist: answered with 404 and this message. */
class NotFound extends RuntimeException {

	NotFound(String message) {
		super(message);
	}

}
