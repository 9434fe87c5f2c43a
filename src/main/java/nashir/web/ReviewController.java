package nashir.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /review}: posts from {@code mode: review} schedules, waiting for an editor. */
@Controller
class ReviewController {

	private final PostLog log;

	ReviewController(PostLog log) {
		this.log = log;
	}

	@GetMapping("/review")
	String review(Model model) {
		model.addAttribute("posts", log.inReview());
		return "review";
	}

}
