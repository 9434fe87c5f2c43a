package nashir.web;

import java.security.Principal;
import nashir.schedule.ScheduleCatalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /feeds}: every schedule with its state, last and next poll and next posts; pause, resume, poll now. */
@Controller
@RequestMapping("/feeds")
class FeedsController {

	private final ScheduleCatalog catalog;

	private final FeedCards cards;

	private final EditorActions actions;

	FeedsController(ScheduleCatalog catalog, FeedCards cards, EditorActions actions) {
		this.catalog = catalog;
		this.cards = cards;
		this.actions = actions;
	}

	@GetMapping
	String feeds(Model model) {
		model.addAttribute("feeds", cards.all());
		model.addAttribute("problems", catalog.problemReasons());
		return "feeds";
	}

	@PostMapping("/{id}/pause")
	String pause(@PathVariable String id, Principal user, RedirectAttributes redirect) {
		return act(redirect, () -> actions.pause(id, user.getName()));
	}

	@PostMapping("/{id}/resume")
	String resume(@PathVariable String id, Principal user, RedirectAttributes redirect) {
		return act(redirect, () -> actions.resume(id, user.getName()));
	}

	@PostMapping("/{id}/poll")
	String pollNow(@PathVariable String id, Principal user, RedirectAttributes redirect) {
		return act(redirect, () -> actions.pollNow(id, user.getName()));
	}

	private static String act(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
		}
		catch (ActionRefused ex) {
			redirect.addFlashAttribute("error", ex.reason().stored());
		}
		return "redirect:/feeds";
	}

}
