package nashir.web;

import nashir.queue.AccountStates;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** {@code /dashboard}: the last 7 days as charts (posts per hour, failures, latency) and each account's state and quota. */
@Controller
class DashboardController {

	private final DashboardStats stats;

	private final AccountStates accounts;

	DashboardController(DashboardStats stats, AccountStates accounts) {
		this.stats = stats;
		this.accounts = accounts;
	}

	@GetMapping("/dashboard")
	String dashboard(Model model) {
		DashboardStats.Stats week = stats.lastWeek();
		model.addAttribute("stats", week);
		model.addAttribute("accounts", accounts.all());
		return "dashboard";
	}

	/** The charts' data, read by dashboard.js. */
	@GetMapping("/dashboard/data")
	@ResponseBody
	DashboardStats.Stats data() {
		return stats.lastWeek();
	}

}
