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

	private final FeedStatuses statuses;

	private final EditorActions actions;

	SchedulesApiController(ScheduleCatalog catalog, FeedStatuses statuses, EditorActions actions) {
		this.catalog = catalog;
		this.statuses = statuses;
		this.actions = actions;
	}

	@GetMapping
	List<FeedStatuses.FeedStatus> all() {
		return catalog.all().stream().map(s -> statuses.of(s, FeedsController.NEXT_POSTS)).toList();
	}

	@GetMapping("/problems")
	List<String> problems() {
		return catalog.problems();
	}

	@PostMapping("/{id}/pause")
	FeedStatuses.FeedStatus pause(@PathVariable String id, Principal user) {
		actions.pause(id, user.getName());
		return one(id);
	}

	@PostMapping("/{id}/resume")
	FeedStatuses.FeedStatus resume(@PathVariable String id, Principal user) {
		actions.resume(id, user.getName());
		return one(id);
	}

	@PostMapping("/{id}/poll")
	FeedStatuses.FeedStatus pollNow(@PathVariable String id, Principal user) {
		actions.pollNow(id, user.getName());
		return one(id);
	}

	private FeedStatuses.FeedStatus one(String id) {
		return statuses.of(catalog.find(id).orElseThrow(() -> new NotFound("there is no schedule '" + id + "'")),
				FeedsController.NEXT_POSTS);
	}

}
