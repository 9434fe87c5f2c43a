package nashir.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link AccountStore} in memory that keeps what it was asked to save, for tests of the sign-in. */
public final class InMemoryAccountStore implements AccountStore {

	private volatile XApp app;

	private final List<XConnection> saved = new ArrayList<>();

	private final Set<String> configured = ConcurrentHashMap.newKeySet();

	public InMemoryAccountStore(XApp app) {
		this.app = app;
	}

	@Override
	public Optional<XApp> xApp() {
		return Optional.ofNullable(this.app);
	}

	@Override
	public void saveXApp(XApp app, String user) {
		this.app = app;
	}

	@Override
	public synchronized void saveConnection(XConnection connection, String user) {
		this.saved.add(connection);
	}

	/** Every account but those {@link #configured(String...)}: this store stands in for the database. */
	@Override
	public boolean keeps(String account) {
		return !this.configured.contains(account);
	}

	/** Accounts the store does not keep, as the configuration's are not the database's. */
	public void configured(String... accounts) {
		this.configured.addAll(List.of(accounts));
	}

	/** Every connection saved, oldest first. */
	public synchronized List<XConnection> saved() {
		return List.copyOf(this.saved);
	}

	public synchronized void clear() {
		this.saved.clear();
		this.configured.clear();
	}

}
