package nashir.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /audit}: who did what and when, with the text before and after. */
@Controller
class AuditController {

	static final int PAGE_SIZE = 200;

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/audit")
	String audit(Model model) {
		model.addAttribute("entries", audit.latest(PAGE_SIZE));
		return "audit";
	}

}
