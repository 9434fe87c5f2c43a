package nashir;

import java.util.List;

import nashir.compose.LengthRule;
import nashir.compose.PostLength;
import nashir.publish.Account;
import nashir.publish.Channel;
import nashir.publish.Network;
import nashir.publish.Publisher;

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
