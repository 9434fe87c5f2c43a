package nashir.account;

import java.util.Optional;

/** Where accounts added in the app are kept, their secrets encrypted. */
public interface AccountStore {

	/** The X app to sign in with: the one an admin saved, else the configured one, else none. */
	Optional<XApp> xApp();

	/** Saves the X app's consumer key and secret (encrypted); audited as done by {@code user}. */
	void saveXApp(XApp app, String user);

	/**
	 * Creates the account of a completed sign-in, or gives an existing app account its new
	 * credentials (a reconnect), which also resumes it when X had refused its old ones.
	 */
	void saveConnection(XConnection connection, String user);

	/**
	 * Whether the account is one this store keeps, and so one a sign-in may give new credentials;
	 * a configured account's credentials change in its configuration.
	 */
	boolean keeps(String account);

}
