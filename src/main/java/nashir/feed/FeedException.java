package nashir.feed;

import nashir.text.Reason;
import nashir.text.Refusal;

/**
 * A feed that cannot be fetched or parsed. The message is one line that names the feed's URL and
 * the reason; the {@link #reason()} says the same with a message key, its first argument the URL.
 */
public class FeedException extends Exception implements Refusal {

	private final transient Reason reason;

	FeedException(String url, String key, String english, Object... args) {
		this(url, null, key, english, args);
	}

	FeedException(String url, Throwable cause, String key, String english, Object... args) {
		super(url + ": " + english, cause);
		Object[] all = new Object[args.length + 1];
		all[0] = url;
		System.arraycopy(args, 0, all, 1, args.length);
		this.reason = Reason.of(key, getMessage(), all);
	}

	@Override
	public Reason reason() {
		return this.reason;
	}

}
