package nashir.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An {@link AccountStore} in memory that keeps what it was asked to save, for tests of the sign-in. */
public final class InMemoryAccountStore implements AccountStore {

	private volatile XApp app;

	private final List<XConnection> saved = new ArrayList<>();

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

	/** Every connection saved, oldest first. */
	public synchronized List<XConnection> saved() {
		return List.copyOf(this.saved);
	}

	public synchronized void clear() {
		this.saved.clear();
	}

}
