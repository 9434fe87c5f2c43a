package nashir.web;

import nashir.queue.PostQueue;
import nashir.schedule.ScheduleCatalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page: the latest posts with their state and errors, and any schedule that was rejected. */
@Controller
class PostsController {

	static final int PAGE_SIZE = 100;

	private final PostQueue queue;

	private final ScheduleCatalog schedules;

	PostsController(PostQueue queue, ScheduleCatalog schedules) {
		this.queue = queue;
		this.schedules = schedules;
	}

	@GetMapping("/")
	String posts(Model model) {
		model.addAttribute("posts", queue.latest(PAGE_SIZE));
		model.addAttribute("schedules", schedules.all());
		model.addAttribute("problems", schedules.problems());
		return "posts";
	}

}
