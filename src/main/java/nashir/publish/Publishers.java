package nashir.publish;

import java.util.Set;

/**
 * The publisher of each configured account: X for accounts with credentials, dry run for the
 * others or when {@code dry-run: true}. (Being implemented: signatures are the contract.)
 */
public class Publishers {

	public Publisher forAccount(String account) {
		throw new UnsupportedOperationException("not yet implemented");
	}

	public boolean isDryRun(String account) {
		throw new UnsupportedOperationException("not yet implemented");
	}

	public Set<String> accounts() {
		throw new UnsupportedOperationException("not yet implemented");
	}

}
