package nashir.feed;

/** A feed that cannot be fetched or parsed. The message is one line that names the feed and the reason. */
public class FeedException extends Exception {

	public FeedException(String message) {
		super(message);
	}

	public FeedException(String message, Throwable cause) {
		super(message, cause);
	}

}
