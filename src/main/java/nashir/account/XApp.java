package nashir.account;

/**
 * The X app Nashir signs in with (its consumer key and secret), set once by an admin or in
 * configuration. The secret never leaves this object: {@link #toString()} masks it.
 */
public record XApp(String consumerKey, String consumerSecret) {

	@Override
	public String toString() {
		return "XApp[consumerKey=" + (consumerKey == null ? "missing" : "set") + ", consumerSecret="
				+ (consumerSecret == null ? "missing" : "set") + "]";
	}

}
