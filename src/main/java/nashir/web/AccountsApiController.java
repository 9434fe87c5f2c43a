package nashir.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import nashir.account.AllAccounts;
import nashir.account.XProfile;
import nashir.queue.AccountStates;
import nashir.queue.AccountStatus;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/accounts}: each account's state and quota, where it is kept and who it is on X (never
 * its secrets); resume one that X paused.
 */
@RestController
@RequestMapping("/api/accounts")
class AccountsApiController {

	private final AccountStates accounts;

	private final AllAccounts directory;

	private final EditorActions actions;

	AccountsApiController(AccountStates accounts, AllAccounts directory, EditorActions actions) {
		this.accounts = accounts;
		this.directory = directory;
		this.actions = actions;
	}

	/**
	 * One account: its state, and where it is kept.
	 *
	 * @param origin {@code CONFIGURATION} or {@code APP}
	 * @param profile who it is on its network, when it was connected in the app; otherwise left out
	 * @param type its network: {@code x}, {@code telegram}, {@code mastodon} or {@code bluesky}
	 */
	record AccountView(@JsonUnwrapped AccountStatus status, AllAccounts.Origin origin, XProfile profile, String type) {
	}

	@GetMapping
	List<AccountView> all() {
		return accounts.all().stream().map(status -> new AccountView(status,
				directory.origin(status.account()).orElse(null),
				directory.inApp(status.account()).map(app -> app.profile()).orElse(null),
				directory.find(status.account()).map(account -> account.type().id()).orElse(null))).toList();
	}

	@PostMapping("/{name}/resume")
	AccountStatus resume(@PathVariable String name, Principal user) {
		actions.resumeAccount(name, Editors.name(user));
		return accounts.status(name);
	}

	@ExceptionHandler({ IllegalArgumentException.class, ActionRefused.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	Map<String, String> unknown(RuntimeException ex) {
		return Map.of("error", ex.getMessage());
	}

}
