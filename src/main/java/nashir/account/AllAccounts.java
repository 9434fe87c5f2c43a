package nashir.account;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import nashir.publish.Account;
import nashir.publish.AccountDirectory;
import nashir.publish.ConfiguredAccounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Every account: those of the configuration and those added in the app. A name in both is the
 * configuration's (the app refuses to make one; a configuration may add it later). The app's are
 * read again at most every {@link #REFRESH}, and at once after a change made on this node: other
 * nodes of a cluster see a change within that time.
 */
@Component
@Primary
public class AllAccounts implements AccountDirectory {

	static final Duration REFRESH = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(AllAccounts.class);

	/** Where an account is kept, and so who may change it. */
	public enum Origin {

		/** {@code nashir.accounts.*}: read-only in the app. */
		CONFIGURATION,
		/** Added in the app, kept in the database. */
		APP

	}

	private final ConfiguredAccounts configured;

	private final AppAccountTable table;

	/** Names already warned about, so a clash is logged once per process, not at every read. */
	private final Set<String> clashes = ConcurrentHashMap.newKeySet();

	private volatile Snapshot snapshot;

	private final Duration refresh;

	@Autowired
	AllAccounts(ConfiguredAccounts configured, AppAccountTable table) {
		this(configured, table, REFRESH);
	}

	AllAccounts(ConfiguredAccounts configured, AppAccountTable table, Duration refresh) {
		this.configured = configured;
		this.table = table;
		this.refresh = refresh;
	}

	@Override
	public SortedSet<String> names() {
		return current().names();
	}

	@Override
	public Optional<Account> find(String name) {
		return configured.find(name)
			.or(() -> Optional.ofNullable(current().accounts().get(name)).map(AppAccountTable.Row::account));
	}

	/** Where the account is kept; empty for a name that is no account. */
	public Optional<Origin> origin(String name) {
		if (configured.find(name).isPresent()) {
			return Optional.of(Origin.CONFIGURATION);
		}
		return current().accounts().containsKey(name) ? Optional.of(Origin.APP) : Optional.empty();
	}

	/** The app's account, as pages show it; empty for a configured one or no account. */
	public Optional<AppAccount> inApp(String name) {
		return origin(name).filter(Origin.APP::equals).map(origin -> current().accounts().get(name).shown());
	}

	/** Read the database's accounts at the next question: one was changed on this node. */
	void changed() {
		snapshot = null;
	}

	private Snapshot current() {
		Snapshot current = snapshot;
		// The machine's monotonic time, not the newsroom's clock: this is a cache's age.
		long now = System.nanoTime();
		if (current == null || now - current.readAt() >= refresh.toNanos()) {
			current = read(current, now);
			snapshot = current;
		}
		return current;
	}

	private Snapshot read(Snapshot previous, long now) {
		Map<String, AppAccountTable.Row> accounts = new LinkedHashMap<>();
		try {
			for (AppAccountTable.Row row : table.all()) {
				if (configured.find(row.shown().name()).isPresent()) {
					if (clashes.add(row.shown().name())) {
						log.warn("event=account_name_clash account={} hint=\"the configuration's account is used; delete "
							+ "the one added in the app or rename the configured one\"", row.shown().name());
					}
				}
				else {
					accounts.put(row.shown().name(), row);
				}
			}
		}
		catch (RuntimeException ex) {
			// A database that is down or a secret that will not open: keep posting with what was read last.
			log.error("event=app_accounts_unreadable reason=\"{}\"", ex.getMessage());
			return previous == null ? snapshot(now, Map.of()) : new Snapshot(now, previous.accounts(), previous.names());
		}
		return snapshot(now, accounts);
	}

	/** The names are made once per read, not at every question: the dispatcher asks many times a second. */
	private Snapshot snapshot(long readAt, Map<String, AppAccountTable.Row> accounts) {
		SortedSet<String> names = new TreeSet<>(configured.names());
		names.addAll(accounts.keySet());
		return new Snapshot(readAt, Map.copyOf(accounts), Collections.unmodifiableSortedSet(names));
	}

	private record Snapshot(long readAt, Map<String, AppAccountTable.Row> accounts, SortedSet<String> names) {
	}

}
