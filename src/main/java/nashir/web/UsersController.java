package nashir.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /users} (admins only): add users, change a role, disable an account, set a new password. */
@Controller
@RequestMapping("/users")
class UsersController {

	private final UserAccounts users;

	UsersController(UserAccounts users) {
		this.users = users;
	}

	@GetMapping
	String users(Model model) {
		model.addAttribute("users", users.all());
		model.addAttribute("roles", Role.values());
		return "users";
	}

	@PostMapping
	String create(@RequestParam String username, @RequestParam String password, @RequestParam Role role,
			@RequestParam(required = false) String displayName, Principal admin, RedirectAttributes redirect) {
		return act(redirect, () -> {
			if (!users.create(username, password, role, admin.getName())) {
				throw new ActionRefused("users.refused.taken", "the user name '" + username + "' is taken", username);
			}
			if (displayName != null) {
				users.rename(username, displayName, admin.getName());
			}
		});
	}

	/** Saves the row's form: role, access and, when the form has it, the display name. */
	@PostMapping("/{username}")
	String change(@PathVariable String username, @RequestParam Role role,
			@RequestParam(defaultValue = "false") boolean enabled, @RequestParam(required = false) String displayName,
			Principal admin, RedirectAttributes redirect) {
		return act(redirect, () -> {
			users.change(username, role, enabled, admin.getName());
			if (displayName != null) {
				users.rename(username, displayName, admin.getName());
			}
		});
	}

	@PostMapping("/{username}/password")
	String password(@PathVariable String username, @RequestParam String password, Principal admin,
			RedirectAttributes redirect) {
		return act(redirect, () -> users.setPassword(username, password, admin.getName()));
	}

	private static String act(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", true);
		}
		catch (ActionRefused ex) {
			redirect.addFlashAttribute("error", ex.reason().stored());
		}
		return "redirect:/users";
	}

}
