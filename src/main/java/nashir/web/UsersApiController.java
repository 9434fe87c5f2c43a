package nashir.web;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/users} (admins only): the users page as JSON. Hashes never leave the database. */
@RestController
@RequestMapping("/api/users")
class UsersApiController {

	private final UserAccounts users;

	UsersApiController(UserAccounts users) {
		this.users = users;
	}

	@GetMapping
	List<UserAccounts.Account> all() {
		return users.all();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	void create(@RequestBody NewUser user, Principal admin) {
		if (user.username() == null || user.password() == null || user.role() == null) {
			throw new ActionRefused("users.refused.incomplete", "give username, password and role (ADMIN, EDITOR or VIEWER)");
		}
		if (!users.create(user.username(), user.password(), user.role(), admin.getName())) {
			throw new ActionRefused("users.refused.taken", "the user name '" + user.username() + "' is taken",
					user.username());
		}
	}

	@PostMapping("/{username}")
	void change(@PathVariable String username, @RequestBody Change change, Principal admin) {
		if (change.role() == null) {
			throw new ActionRefused("users.refused.noRole", "give role (ADMIN, EDITOR or VIEWER) and enabled");
		}
		users.change(username, change.role(), change.enabled(), admin.getName());
	}

	record NewUser(String username, String password, Role role) {
	}

	record Change(Role role, boolean enabled) {
	}

}
