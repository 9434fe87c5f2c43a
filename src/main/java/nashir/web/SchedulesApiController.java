package nashir.web;

import java.security.Principal;
import java.util.List;

import nashir.schedule.ScheduleCatalog;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/schedules}: the feeds page as JSON: each schedule's state, next poll and next posts; pause, resume, poll now. */
@RestController
@RequestMapping("/api/schedules")
class SchedulesApiController {

	private final ScheduleCatalog catalog;

	private final FeedCards cards;

	private final EditorActions actions;

	SchedulesApiController(ScheduleCatalog catalog, FeedCards cards, EditorActions actions) {
		this.catalog = catalog;
		this.cards = cards;
		this.actions = actions;
	}

	@GetMapping
	List<FeedCards.FeedCard> all() {
		return cards.all();
	}

	@GetMapping("/problems")
	List<String> problems() {
		return catalog.problems();
	}

	@PostMapping("/{id}/pause")
	FeedCards.FeedCard pause(@PathVariable String id, Principal user) {
		actions.pause(id, user.getName());
		return one(id);
	}

	@PostMapping("/{id}/resume")
	FeedCards.FeedCard resume(@PathVariable String id, Principal user) {
		actions.resume(id, user.getName());
		return one(id);
	}

	@PostMapping("/{id}/poll")
	FeedCards.FeedCard pollNow(@PathVariable String id, Principal user) {
		actions.pollNow(id, user.getName());
		return one(id);
	}

	private FeedCards.FeedCard one(String id) {
		return cards.find(id);
	}

}
