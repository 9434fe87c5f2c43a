package nashir.web;

import java.security.Principal;
import java.util.List;

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

	static final int NEXT_POSTS = 3;

	private final ScheduleCatalog catalog;

	private final FeedStatuses statuses;

	private final EditorActions actions;

	FeedsController(ScheduleCatalog catalog, FeedStatuses statuses, EditorActions actions) {
		this.catalog = catalog;
		this.statuses = statuses;
		this.actions = actions;
	}

	@GetMapping
	String feeds(Model model) {
		List<FeedStatuses.FeedStatus> feeds = catalog.all().stream().map(s -> statuses.of(s, NEXT_POSTS)).toList();
		model.addAttribute("feeds", feeds);
		model.addAttribute("problems", catalog.problems());
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
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/feeds";
	}

}
