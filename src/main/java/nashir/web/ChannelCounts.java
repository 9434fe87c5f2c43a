package nashir.web;

import java.util.List;

import nashir.compose.LengthRule;
import nashir.compose.PostLength;
import nashir.compose.PostLinks;
import nashir.publish.Network;
import nashir.publish.Publishers;

import org.springframework.stereotype.Component;

/**
 * A text's length on each account's network, by that network's own rule ({@code @counts}): what
 * the counters under the text boxes say and what the compose page refuses by. Counted on the text
 * as it is sent (links encoded), so the page and the publisher never disagree.
 */
@Component("counts")
class ChannelCounts {

	private final Publishers publishers;

	ChannelCounts(Publishers publishers) {
		this.publishers = publishers;
	}

	/** The text by the account's network; by X's rule when no account is named yet. */
	public Count count(String text, String account) {
		String sent = PostLinks.forX(text == null ? "" : text);
		if (account == null || account.isBlank()) {
			return new Count(null, Network.X, LengthRule.X.measure(sent));
		}
		return new Count(account, publishers.network(account), publishers.lengthRule(account).measure(sent));
	}

	/** The account's network as message keys name it ({@code x}, {@code telegram}…). */
	public String network(String account) {
		return publishers.network(account).id();
	}

	/** The counter of one account's text box (a queued post's). */
	public List<Count> forAccount(String text, String account) {
		return List.of(count(text, account));
	}

	/** The text by each account's network, in the accounts' order; by X's alone while none is chosen. */
	public List<Count> forAccounts(String text, List<String> accounts) {
		if (accounts == null || accounts.isEmpty()) {
			return forAccount(text, null);
		}
		return accounts.stream().distinct().map((account) -> count(text, account)).toList();
	}

	/** Whether every network takes the text. */
	public boolean allValid(List<Count> counts) {
		return counts.stream().allMatch((count) -> count.length().valid());
	}

	/**
	 * One account's count.
	 * @param account the account, or {@code null} for X's count of a text not yet meant for one
	 */
	public record Count(String account, Network network, PostLength length) {

		/** The network as message keys and fragments name it: {@code x}, {@code mastodon}… */
		public String networkId() {
			return network.id();
		}

	}

}
