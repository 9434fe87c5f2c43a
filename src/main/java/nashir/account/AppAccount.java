package nashir.account;

import java.time.Instant;

import nashir.publish.Network;

/**
 * An account added in the app, as pages and the API show it: never with its secrets.
 *
 * @param type the network it posts to
 * @param profile who the account is on its network, or {@code null} before it was connected (named for
 * X, the first network: a Telegram channel's, Mastodon or Bluesky account's too)
 * @param profileUrl its page on a network other than X, as the network's check gave it, or {@code null}
 * @param connected whether it has all its network's credentials
 */
public record AppAccount(String name, Network type, XProfile profile, String profileUrl, AppSettings settings,
		boolean connected, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

	/** An X account, as before other networks. */
	public AppAccount(String name, XProfile profile, AppSettings settings, boolean connected, Instant createdAt,
			String createdBy, Instant updatedAt, String updatedBy) {
		this(name, Network.X, profile, null, settings, connected, createdAt, createdBy, updatedAt, updatedBy);
	}

	public AppAccount {
		type = type == null ? Network.X : type;
	}

	/** How people name the account: X's {@code @handle}, the others' as their network writes it; or {@code null}. */
	public String handle() {
		if (profile == null || profile.handle() == null) {
			return null;
		}
		return type == Network.X ? "@" + profile.handle() : profile.handle();
	}

	/** The account's page: X's is made from the handle, the others' are where their check said; or {@code null}. */
	public String link() {
		if (profile == null || profile.handle() == null) {
			return null;
		}
		return type == Network.X ? "https://x.com/" + profile.handle() : profileUrl;
	}

}
