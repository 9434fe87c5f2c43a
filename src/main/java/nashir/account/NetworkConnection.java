package nashir.account;

import nashir.publish.Account;
import nashir.publish.NetworkProfile;

/**
 * An account of a network connected by a form (Telegram, Mastodon, Bluesky): the credentials an
 * admin typed, and who the network's check said the account is. The secrets never leave this
 * object: {@link #toString()} masks them.
 *
 * @param account the name of the account in Nashir (a new one, or the one being reconnected)
 * @param credentials the network's fields ({@link Account#type()}, {@code botToken}, {@code chat}…);
 * its settings are not read: a new account starts with {@link AppSettings#DEFAULTS}, a reconnected one
 * keeps its own
 */
public record NetworkConnection(String account, Account credentials, NetworkProfile profile) {

	@Override
	public String toString() {
		return "NetworkConnection[account=" + account + ", type=" + credentials.type().id() + ", profile=" + profile
				+ ", credentials=set]";
	}

}
