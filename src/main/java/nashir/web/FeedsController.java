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

	private final Toasts toasts;

	FeedsController(ScheduleCatalog catalog, FeedCards cards, EditorActions actions, Toasts toasts) {
		this.catalog = catalog;
		this.cards = cards;
		this.actions = actions;
		this.toasts = toasts;
	}

	@GetMapping
	String feeds(Model model) {
		model.addAttribute("feeds", cards.all());
		model.addAttribute("problems", catalog.problemReasons());
		return "feeds";
	}

	@PostMapping("/{id}/pause")
	String pause(@PathVariable String id, Principal user, RedirectAttributes redirect) {
		return act(redirect, () -> actions.pause(id, user.getName()), "toast.feedPaused", id);
	}

	@PostMapping("/{id}/resume")
	String resume(@PathVariable String id, Principal user, RedirectAttributes redirect) {
		return act(redirect, () -> actions.resume(id, user.getName()), "toast.feedResumed", id);
	}

	@PostMapping("/{id}/poll")
	String pollNow(@PathVariable String id, Principal user, RedirectAttributes redirect) {
		return act(redirect, () -> actions.pollNow(id, user.getName()), "toast.polled", id);
	}

	private String act(RedirectAttributes redirect, Runnable action, String done, String id) {
		try {
			action.run();
			redirect.addFlashAttribute(Toast.ATTRIBUTE, toasts.done(done, id));
		}
		catch (ActionRefused ex) {
			redirect.addFlashAttribute("error", ex.reason().stored());
		}
		return "redirect:/feeds";
	}

}
