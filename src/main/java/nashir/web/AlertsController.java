package nashir.web;

import java.security.Principal;

import nashir.alert.AlertInbox;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** {@code /alerts}: the latest alerts, unread ones marked, each user marking their own as read. */
@Controller
class AlertsController {

	static final int PAGE_SIZE = 200;

	private final AlertInbox inbox;

	AlertsController(AlertInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/alerts")
	String alerts(Principal user, Model model) {
		model.addAttribute("entries", inbox.latest(user.getName(), PAGE_SIZE));
		return "alerts";
	}

	@PostMapping("/alerts/{id}/read")
	String markRead(@PathVariable long id, Principal user) {
		inbox.markRead(user.getName(), id);
		return "redirect:/alerts";
	}

	@PostMapping("/alerts/read")
	String markAllRead(Principal user) {
		inbox.markAllRead(user.getName());
		return "redirect:/alerts";
	}

}
