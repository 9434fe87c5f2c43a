package nashir.web;

import nashir.queue.AccountStates;
import nashir.queue.PostQueue;
import nashir.schedule.FeedStatuses;
import nashir.schedule.ScheduleCatalog;


import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The first page: the latest posts with their state and errors, each feed's health, any schedule
 * that was rejected and any account X has paused, with X's reason.
 */
@Controller
class PostsController {

	static final int PAGE_SIZE = 100;

	private final PostQueue queue;

	private final ScheduleCatalog schedules;

	private final FeedStatuses feeds;

	private final AccountStates accounts;

	PostsController(PostQueue queue, ScheduleCatalog schedules, FeedStatuses feeds, AccountStates accounts) {
		this.queue = queue;
		this.schedules = schedules;
		this.feeds = feeds;
		this.accounts = accounts;
	}

	@GetMapping("/")
	String posts(Model model) {
		model.addAttribute("posts", queue.latest(PAGE_SIZE));
		model.addAttribute("feeds", feeds.all());
		model.addAttribute("problems", schedules.problemReasons());
		model.addAttribute("pausedAccounts",
				accounts.all().stream().filter((account) -> account.pause() != null).toList());
		return "posts";
	}

}
