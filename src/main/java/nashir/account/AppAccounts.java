package nashir.account;

import java.util.List;
import java.util.Optional;

import nashir.publish.AccountPause;
import nashir.publish.Network;
import nashir.queue.AccountStates;
import nashir.text.Reason;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts kept in the database, as admins change them: connected (by Sign in with X), their
 * settings edited, deleted; and the X app they sign in with. Every change is an
 * {@link AccountChanged} for the audit log.
 */
@Service
public class AppAccounts implements AccountStore {

	/** An account's name: what schedules and posts name it by. */
	static final String NAME = "[A-Za-z0-9_-]{1,100}";

	private final AppAccountTable table;

	private final AllAccounts accounts;

	private final AccountStates states;

	private final ApplicationEventPublisher events;

	private final XApp configuredApp;

	AppAccounts(AppAccountTable table, AllAccounts accounts, AccountStates states, ApplicationEventPublisher events,
			@Value("${nashir.x.consumer-key:}") String consumerKey,
			@Value("${nashir.x.consumer-secret:}") String consumerSecret) {
		this.table = table;
		this.accounts = accounts;
		this.states = states;
		this.events = events;
		this.configuredApp = consumerKey.isBlank() || consumerSecret.isBlank() ? null
				: new XApp(consumerKey, consumerSecret);
	}

	@Override
	public Optional<XApp> xApp() {
		return table.xApp().or(() -> Optional.ofNullable(configuredApp));
	}

	/** Where {@link #xApp()} comes from: {@code saved}, {@code configured} or {@code none}, for the page. */
	public String xAppOrigin() {
		return table.xApp().isPresent() ? "saved" : configuredApp != null ? "configured" : "none";
	}

	@Override
	@Transactional
	public void saveXApp(XApp app, String user) {
		if (blank(app.consumerKey()) || blank(app.consumerSecret())) {
			throw new AccountRefused(Reason.of("accounts.refused.xApp", "the X app needs its consumer key and secret"));
		}
		table.saveXApp(new XApp(app.consumerKey().strip(), app.consumerSecret().strip()), user);
		events.publishEvent(new AccountChanged(user, "x-app-save", null, null));
	}

	@Override
	@Transactional
	public void saveConnection(XConnection connection, String user) {
		if (connection.app() == null || blank(connection.app().consumerKey()) || blank(connection.app().consumerSecret())) {
			throw new AccountRefused(Reason.of("accounts.refused.xApp", "the X app needs its consumer key and secret"));
		}
		keep(connection.account(), Network.X, handle(connection), user, () -> table.reconnect(connection, user),
				() -> table.insert(connection, AppSettings.DEFAULTS, user));
	}

	/**
	 * Keeps an account of a network connected by a form, whose check has passed: a new one, or an
	 * app account of the same network given new credentials (which also resumes it when its network
	 * had refused the old ones).
	 */
	@Transactional
	public void saveNetworkConnection(NetworkConnection connection, String user) {
		keep(connection.account(), connection.credentials().type(), handle(connection), user,
				() -> table.reconnect(connection, user), () -> table.insert(connection, AppSettings.DEFAULTS, user));
	}

	/**
	 * What every network's connection follows: a configured name is the configuration's; an app
	 * account of the name gets new credentials, of its own network only (its posts were written for
	 * it); else a new account is made under a name schedule files can write.
	 */
	private void keep(String name, Network network, String handle, String user, Runnable reconnect, Runnable insert) {
		if (accounts.origin(name).filter(AllAccounts.Origin.CONFIGURATION::equals).isPresent()) {
			throw new AccountRefused(Reason.of("accounts.refused.configured",
					"the account '" + name + "' is in the configuration: change it there", name));
		}
		Optional<AppAccountTable.Row> kept = table.find(name);
		if (kept.isPresent()) {
			Network was = kept.get().shown().type();
			if (was != network) {
				throw new AccountRefused(Reason.of("connect.refused.otherNetwork", "the account '" + name
						+ "' posts to " + was.id() + ", not " + network.id() + ": connect a new account instead", name,
						was.id(), network.id()));
			}
			reconnect.run();
			events.publishEvent(new AccountChanged(user, "account-reconnect", name, handle));
			accounts.changed();
			resumeIfCredentialsWereRefused(name);
			return;
		}
		if (!name.matches(NAME)) {
			throw new AccountRefused(Reason.of("accounts.refused.name",
					"an account name is 1 to 100 Latin letters, digits, '_' or '-'"));
		}
		insert.run();
		events.publishEvent(new AccountChanged(user, "account-create", name, handle));
		accounts.changed();
	}

	@Override
	public boolean keeps(String account) {
		return accounts.origin(account).filter(AllAccounts.Origin.APP::equals).isPresent();
	}

	/** The app's accounts, by name, never with their secrets. */
	public List<AppAccount> all() {
		return table.all().stream().map(AppAccountTable.Row::shown).toList();
	}

	@Transactional
	public void updateSettings(String name, AppSettings settings, String user) {
		requireInApp(name);
		table.updateSettings(name, settings, user);
		events.publishEvent(new AccountChanged(user, "account-settings", name,
				Reason.of("audit.accountSettings", "settings: " + describe(settings), describe(settings)).stored()));
		accounts.changed();
	}

	/** Deletes the account; its posts stay, waiting for an account of that name. */
	@Transactional
	public void delete(String name, String user) {
		requireInApp(name);
		table.delete(name);
		events.publishEvent(new AccountChanged(user, "account-delete", name, null));
		accounts.changed();
	}

	private void requireInApp(String name) {
		if (accounts.origin(name).filter(AllAccounts.Origin.CONFIGURATION::equals).isPresent()) {
			throw new AccountRefused(Reason.of("accounts.refused.configured",
					"the account '" + name + "' is in the configuration: change it there", name));
		}
		if (table.find(name).isEmpty()) {
			throw new AccountRefused(Reason.of("accounts.refused.missing", "there is no account '" + name + "'", name));
		}
	}

	/** New credentials answer X's refusal of the old ones: the account's posts go out again. */
	private void resumeIfCredentialsWereRefused(String name) {
		AccountPause pause = states.status(name).pause();
		if (pause != null && pause.kind() == AccountPause.Kind.CREDENTIALS) {
			states.resume(name);
		}
	}

	private static String handle(XConnection connection) {
		return connection.profile() == null || connection.profile().handle() == null ? null
				: Reason.of("audit.accountHandle", "X account @" + connection.profile().handle(),
						"@" + connection.profile().handle()).stored();
	}

	private static String handle(NetworkConnection connection) {
		String network = connection.credentials().type().id();
		String handle = connection.profile() == null ? null : connection.profile().handle();
		return handle == null ? null
				: Reason.of("audit.networkHandle", network + " account " + handle, network, handle).stored();
	}

	/** The settings as the audit log shows them (the same words as the configuration's keys). */
	static String describe(AppSettings settings) {
		return "dry-run=" + settings.dryRun() + ", min-interval=" + settings.minInterval().toSeconds() + "s, daily-cap="
				+ settings.dailyCap() + ", quiet-hours=" + (settings.quietHours() == null ? "-" : settings.quietHours())
				+ ", budget.daily=" + orDash(settings.budget().daily()) + ", budget.monthly="
				+ orDash(settings.budget().monthly()) + ", template=" + orDash(settings.defaultTemplate());
	}

	private static String orDash(Object value) {
		return value == null ? "-" : value.toString();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
