package nashir.web;

import java.time.Duration;

import nashir.publish.Account;
import nashir.publish.Network;

/**
 * The form that connects a Telegram, Mastodon or Bluesky account: its name in Nashir and the fields
 * its network needs. The secrets (bot token, access token, app password) are written once and never
 * shown again: {@link #withoutSecrets()} is what a page gets back, and {@link #toString()} masks them.
 */
record ChannelConnectForm(String name, String botToken, String chat, String instance, String accessToken,
		String handle, String appPassword, String service) {

	static final ChannelConnectForm EMPTY = new ChannelConnectForm(null, null, null, null, null, null, null, null);

	/** The fields of an account being reconnected that are not secret: the admin types only the new secret. */
	static ChannelConnectForm of(String name, Account account) {
		return new ChannelConnectForm(name, null, account.chat(), account.instance(), null, account.handle(), null,
				account.service());
	}

	/** The credentials as typed, for the network's check; the settings are the store's. */
	Account credentials(Network network) {
		return new Account(null, null, accessToken, null, false, Duration.ZERO, 0, null, Duration.ZERO, null, null,
				network, botToken, chat, instance, handle, appPassword, service);
	}

	ChannelConnectForm withoutSecrets() {
		return new ChannelConnectForm(name, null, chat, instance, null, handle, null, service);
	}

	@Override
	public String toString() {
		return "ChannelConnectForm[name=" + name + ", chat=" + chat + ", instance=" + instance + ", handle=" + handle
				+ ", service=" + service + ", secrets=masked]";
	}

}
