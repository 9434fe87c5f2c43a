package nashir.web;

import java.security.Principal;

import nashir.queue.AccountStates;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /dashboard}: the last 7 days as charts (posts per hour, failures, latency) and each account's state and quota. */
@Controller
class DashboardController {

	private final DashboardStats stats;

	private final AccountStates accounts;

	private final EditorActions actions;

	private final NewsroomZone zone;

	DashboardController(DashboardStats stats, AccountStates accounts, EditorActions actions, NewsroomZone zone) {
		this.stats = stats;
		this.accounts = accounts;
		this.actions = actions;
		this.zone = zone;
	}

	@GetMapping("/dashboard")
	String dashboard(Model model) {
		DashboardStats.Stats week = stats.lastWeek();
		model.addAttribute("stats", week);
		model.addAttribute("accounts", accounts.all());
		model.addAttribute("zone", zone.zone().getId());
		return "dashboard";
	}

	/** Resumes an account X paused (its credentials were refused) once an operator has fixed them. */
	@PostMapping("/dashboard/accounts/{name}/resume")
	String resume(@PathVariable String name, Principal user, RedirectAttributes redirect) {
		try {
			actions.resumeAccount(name, user.getName());
			redirect.addFlashAttribute("done", true);
		}
		catch (ActionRefused ex) {
			redirect.addFlashAttribute("error", ex.reason().stored());
		}
		return "redirect:/dashboard";
	}

	/** The charts' data, read by dashboard.js. */
	@GetMapping("/dashboard/data")
	@ResponseBody
	DashboardStats.Stats data() {
		return stats.lastWeek();
	}

}
