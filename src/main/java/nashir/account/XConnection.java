package nashir.account;

/**
 * What a completed "Sign in with X" gives: the credentials Nashir posts with and whose account
 * they are. The secrets never leave this object: {@link #toString()} masks them.
 *
 * @param account the name of the account in Nashir (a new one, or the one being reconnected)
 */
public record XConnection(String account, XApp app, String accessToken, String accessTokenSecret, XProfile profile) {

	@Override
	public String toString() {
		return "XConnection[account=" + account + ", profile=" + profile + ", credentials=set]";
	}

}
