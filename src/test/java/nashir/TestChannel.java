package nashir;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nashir.compose.LengthRule;
import nashir.compose.PostLength;
import nashir.publish.Account;
import nashir.publish.AccountSettings;
import nashir.publish.Channel;
import nashir.publish.ConfiguredAccounts;
import nashir.publish.Network;
import nashir.publish.Publisher;
import nashir.publish.Publishers;

/**
 * A network that only counts, for tests of what pages, the queue and the preview say of networks
 * whose channels are built elsewhere: it never sends (its accounts are dry runs).
 */
public record TestChannel(Network network, LengthRule rule) implements Channel {

	/** X as the app counts it, Telegram 4,096, Mastodon 500 and Bluesky 300, each a code point a character. */
	public static List<Channel> all() {
		return List.of(new TestChannel(Network.X, LengthRule.X), counting(Network.TELEGRAM, 4096),
				counting(Network.MASTODON, 500), counting(Network.BLUESKY, 300));
	}

	/** The named accounts, each a dry run on its network, counted by {@link #all()}. */
	public static Publishers publishers(Map<String, Network> accounts) {
		Map<String, Account> configured = new HashMap<>();
		accounts.forEach((name, network) -> configured.put(name, dryRun(network, null, null, null)));
		return new Publishers(new ConfiguredAccounts(new AccountSettings(configured)), all());
	}

	/**
	 * A dry-run account of the network.
	 * @param chat a Telegram channel, or {@code null}
	 * @param instance a Mastodon instance, or {@code null}
	 * @param handle a Bluesky handle, or {@code null}
	 */
	public static Account dryRun(Network network, String chat, String instance, String handle) {
		return new Account(null, null, null, null, true, Duration.ZERO, 0, null, Duration.ofMinutes(15), null, null,
				network, null, chat, instance, handle, null, null);
	}

	public static TestChannel counting(Network network, int max) {
		return new TestChannel(network, (text) -> {
			int length = text.codePointCount(0, text.length());
			return new PostLength(length, max, length > 0 && length <= max);
		});
	}

	@Override
	public Publisher publisher(String name, Account account) {
		throw new UnsupportedOperationException("a test channel never sends");
	}

	@Override
	public LengthRule lengthRule(Account account) {
		return rule;
	}

}
