package nashir.account;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import nashir.publish.Account;
import nashir.publish.ConnectCheck;
import nashir.publish.ConnectRefused;
import nashir.publish.Network;
import nashir.publish.NetworkProfile;
import nashir.text.Reason;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Connects an account of a network whose credentials an admin types (Telegram, Mastodon, Bluesky):
 * the name is checked first, then the network's {@link ConnectCheck} asks the network, outside any
 * transaction (it waits on the network), and only then is the account kept, its secrets sealed. A
 * refusal is an {@link AccountChanged} for the audit log too, saying why and never a secret.
 */
@Service
public class NetworkConnect {

	/** As "Sign in with X" names accounts: what schedule files write. */
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,40}");

	private static final Pattern NUMERIC_CHAT = Pattern.compile("-?\\d+");

	private static final Logger log = LoggerFactory.getLogger(NetworkConnect.class);

	private final Map<Network, ConnectCheck> checks = new EnumMap<>(Network.class);

	private final AppAccounts store;

	private final AllAccounts accounts;

	private final ApplicationEventPublisher events;

	/**
	 * @param checks one per network that has one (none before any does: Spring gives an empty list); of
	 * two for one network, the first in Spring's order is asked (a test's stand-in orders itself first)
	 */
	NetworkConnect(List<ConnectCheck> checks, AppAccounts store, AllAccounts accounts,
			ApplicationEventPublisher events) {
		checks.forEach(check -> this.checks.putIfAbsent(check.network(), check));
		this.store = store;
		this.accounts = accounts;
		this.events = events;
	}

	/** Whether an account of the network can be connected by a form: X's cannot (it signs in with X). */
	public boolean connects(Network network) {
		return network != Network.X;
	}

	/**
	 * The app account's network, when it is one a form reconnects.
	 */
	public Optional<Network> reconnects(String account) {
		return accounts.inApp(account).map(AppAccount::type).filter(this::connects);
	}

	/**
	 * Connects a new account ({@code reconnect} false) or gives an app account of the same network new
	 * credentials, once its network said they may post.
	 *
	 * @param credentials the network's fields as typed; {@link Account#type()} names the network
	 * @throws ConnectRefused when the name cannot be used, a field is missing, the network refused, or the
	 * store would not keep the account; nothing was kept
	 */
	public NetworkConnection connect(String account, Account credentials, boolean reconnect, String user)
			throws ConnectRefused {
		String name = account == null ? "" : account.strip();
		try {
			Account typed = normal(credentials);
			refuseName(name, typed.type(), reconnect);
			if (!typed.hasCredentials()) {
				throw new ConnectRefused(missing(typed.type()));
			}
			ConnectCheck check = checks.get(typed.type());
			if (check == null) {
				throw new ConnectRefused(Reason.of("connect.error.noCheck",
						"this Nashir cannot check " + typed.type().id() + " accounts", typed.type().id()));
			}
			NetworkProfile profile = check.check(typed);
			NetworkConnection connection = new NetworkConnection(name, typed, profile);
			save(connection, user);
			log.info("event=network_connected account={} type={} handle={} reconnect={} user={}", name,
					typed.type().id(), profile.handle(), reconnect, user);
			return connection;
		}
		catch (ConnectRefused ex) {
			log.warn("event=network_connect_refused account={} type={} reason=\"{}\"", name,
					credentials.type().id(), ex.reason().english());
			events.publishEvent(new AccountChanged(user, "account-connect-refused", name.isEmpty() ? null : name,
					ex.reason().stored()));
			throw ex;
		}
	}

	/** Asked before the network is: a name that cannot be kept is refused at once, with no call. */
	private void refuseName(String name, Network network, boolean reconnect) throws ConnectRefused {
		if (!connects(network)) {
			throw new ConnectRefused(Reason.of("connect.error.x", "an X account is connected by signing in with X"));
		}
		if (!NAME.matcher(name).matches()) {
			throw new ConnectRefused(Reason.of("connect.error.name",
					"an account name is 1 to 40 Latin letters, digits, - or _", name));
		}
		Optional<AllAccounts.Origin> origin = accounts.origin(name);
		if (origin.filter(AllAccounts.Origin.CONFIGURATION::equals).isPresent()) {
			throw new ConnectRefused(Reason.of("accounts.refused.configured",
					"the account '" + name + "' is in the configuration: change it there", name));
		}
		if (reconnect && origin.isEmpty()) {
			throw new ConnectRefused(Reason.of("connect.error.unknown", "there is no account '" + name
					+ "' to reconnect", name));
		}
		if (!reconnect && origin.isPresent()) {
			throw new ConnectRefused(Reason.of("connect.error.exists", "there is already an account '" + name
					+ "': reconnect it instead", name));
		}
	}

	/** The store refuses in a {@link nashir.text.Refusal} (a name taken meanwhile, another network's account). */
	private void save(NetworkConnection connection, String user) throws ConnectRefused {
		try {
			store.saveNetworkConnection(connection, user);
		}
		catch (AccountRefused ex) {
			throw new ConnectRefused(ex.reason());
		}
	}

	private static Reason missing(Network network) {
		return switch (network) {
			case TELEGRAM -> Reason.of("connect.missing.telegram", "a Telegram account needs the bot's token and the channel");
			case MASTODON -> Reason.of("connect.missing.mastodon", "a Mastodon account needs the instance's address and an access token");
			case BLUESKY -> Reason.of("connect.missing.bluesky", "a Bluesky account needs its handle and an app password");
			case X -> Reason.of("connect.error.x", "an X account is connected by signing in with X");
		};
	}

	/**
	 * The fields as the network's check and the channel read them: no stray spaces, a channel's
	 * {@code @}, an instance's {@code https://} and no trailing {@code /}, a handle without {@code @}.
	 */
	static Account normal(Account typed) {
		String chat = blankless(typed.chat());
		if (chat != null) {
			chat = chat.replaceFirst("^(https?://)?t\\.me/", "");
			chat = NUMERIC_CHAT.matcher(chat).matches() || chat.startsWith("@") ? chat : "@" + chat;
		}
		String handle = blankless(typed.handle());
		if (handle != null && handle.startsWith("@")) {
			handle = handle.substring(1);
		}
		return new Account(null, null, blankless(typed.accessToken()), null, false, Duration.ZERO, 0, null,
				AppAccountTable.CREDITS_PROBE, null, null, typed.type(), blankless(typed.botToken()), chat,
				address(typed.instance()), handle, blankless(typed.appPassword()), address(typed.service()));
	}

	private static String address(String typed) {
		String address = blankless(typed);
		if (address == null) {
			return null;
		}
		address = address.replaceAll("/+$", "");
		return address.contains("://") ? address : "https://" + address;
	}

	private static String blankless(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
