package nashir.publish;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/** The accounts of the configuration ({@code nashir.accounts.*}), fixed for the life of the process. */
@Component
public class ConfiguredAccounts implements AccountDirectory {

	private final AccountSettings settings;

	private final SortedSet<String> names;

	public ConfiguredAccounts(AccountSettings settings) {
		this.settings = settings;
		this.names = Collections.unmodifiableSortedSet(new TreeSet<>(settings.accounts().keySet()));
	}

	@Override
	public SortedSet<String> names() {
		return names;
	}

	@Override
	public Optional<Account> find(String name) {
		return Optional.ofNullable(settings.accounts().get(name));
	}

}
