package nashir.publish;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import nashir.compose.LengthRule;
import nashir.net.Http;
import nashir.net.NetSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The publisher of each account: its network's ({@link Channel}) for accounts with credentials,
 * dry run for the others or when {@code dry-run: true}. Built on first use and again when the
 * account changes (accounts added or edited in the app), so a new access token takes effect at
 * the next post. Needs no Spring: {@code new Publishers(accounts, channels)}.
 */
@Component
public class Publishers {

	private static final Logger logger = LoggerFactory.getLogger(Publishers.class);

	private final Map<String, Built> publishers = new ConcurrentHashMap<>();

	private final AccountDirectory accounts;

	private final Map<Network, Channel> channels = new EnumMap<>(Network.class);

	public Publishers(AccountSettings accounts, XApiSettings x) {
		this(new ConfiguredAccounts(accounts), x, Http.guarded(NetSettings.defaults()));
	}

	/** X alone, for tests and tools that post nowhere else. */
	public Publishers(AccountDirectory accounts, XApiSettings x, Http images) {
		this(accounts, List.of(new XChannel(x, images)));
	}

	@Autowired
	public Publishers(AccountDirectory accounts, List<Channel> channels) {
		this.accounts = accounts;
		channels.forEach((channel) -> this.channels.put(channel.network(), channel));
	}

	/** The account's publisher; an account that does not exist is a bug of the caller. */
	public Publisher forAccount(String name) {
		Account account = account(name);
		return this.publishers.compute(name,
				(key, built) -> built != null && built.account().equals(account) ? built : build(key, account))
			.publisher();
	}

	public boolean isDryRun(String account) {
		return forAccount(account) instanceof DryRunPublisher;
	}

	/** How the account's network counts a post; X's rule for an unknown account (a preview of a typo). */
	public LengthRule lengthRule(String name) {
		return this.accounts.find(name).map((account) -> channel(account).lengthRule(account)).orElse(LengthRule.X);
	}

	/** The account's network; X for an unknown account. */
	public Network network(String name) {
		return this.accounts.find(name).map(Account::type).orElse(Network.X);
	}

	/** The account names, sorted. */
	public Set<String> accounts() {
		return this.accounts.names();
	}

	private Account account(String name) {
		return this.accounts.find(name).orElseThrow(() -> new IllegalArgumentException(
				"Unknown account '" + name + "'; configured accounts: " + String.join(", ", accounts())));
	}

	private Channel channel(Account account) {
		Channel channel = this.channels.get(account.type());
		if (channel == null) {
			throw new IllegalStateException("no channel for " + account.type().id() + " accounts in this build");
		}
		return channel;
	}

	private Built build(String name, Account account) {
		if (account.sends()) {
			return new Built(account, channel(account).publisher(name, account));
		}
		warnIfHalfConfigured(name, account);
		return new Built(account, new DryRunPublisher(name));
	}

	private static void warnIfHalfConfigured(String name, Account account) {
		if (account.dryRun()) {
			logger.info("dry run account={} reason=dry-run is set", name);
		}
		else if (account.hasSomeCredentials()) {
			logger.warn("dry run account={} reason=some of the {} credentials are missing", name,
					account.type().id());
		}
		else {
			logger.info("dry run account={} reason=no {} credentials", name, account.type().id());
		}
	}

	/** A publisher and the account as it was when the publisher was made. */
	private record Built(Account account, Publisher publisher) {
	}

}
