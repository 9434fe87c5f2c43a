package nashir.publish;

import java.util.Optional;
import java.util.SortedSet;

/**
 * The accounts Nashir posts to, by name. Asked each time rather than copied, because accounts
 * can change while the service runs (those added in the app).
 */
public interface AccountDirectory {

	/** The account names, sorted. */
	SortedSet<String> names();

	Optional<Account> find(String name);

	/** The named account; an unknown name is refused, naming the accounts there are. */
	default Account get(String name) {
		return find(name).orElseThrow(() -> new IllegalArgumentException("there is no account '" + name
				+ "' (configured: " + String.join(", ", names()) + ")"));
	}

}
