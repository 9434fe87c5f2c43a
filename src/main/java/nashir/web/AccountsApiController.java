package nashir.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import nashir.queue.AccountStates;
import nashir.queue.AccountStatus;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/accounts}: each account's state and quota; resume one that X paused. */
@RestController
@RequestMapping("/api/accounts")
class AccountsApiController {

	private final AccountStates accounts;

	private final EditorActions actions;

	AccountsApiController(AccountStates accounts, EditorActions actions) {
		this.accounts = accounts;
		this.actions = actions;
	}

	@GetMapping
	List<AccountStatus> all() {
		return accounts.all();
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
