package nashir.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nashir.queue.AccountStates;
import nashir.queue.AccountStatus;
import nashir.queue.Post;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /queue}: the posts that will be sent, per account, with their due time, the time pacing really sends them at, and a countdown. */
@Controller
class QueueController {

	private final PostLog log;

	private final AccountStates accounts;

	private final SendTimes sendTimes;

	QueueController(PostLog log, AccountStates accounts, SendTimes sendTimes) {
		this.log = log;
		this.accounts = accounts;
		this.sendTimes = sendTimes;
	}

	@GetMapping("/queue")
	String queue(Model model) {
		List<Post> upcoming = log.upcoming();
		// Each post's real time by the dispatcher's pacing, which may be later than its due time.
		model.addAttribute(SendTimes.ATTRIBUTE, sendTimes.of(upcoming));
		Map<String, List<Post>> byAccount = upcoming
			.stream()
			.collect(Collectors.groupingBy(Post::account, LinkedHashMap::new, Collectors.toList()));
		model.addAttribute("accounts", byAccount);
		// Why an account's posts are not going out (paused, rate limited, capped), next to its queue.
		model.addAttribute("states", accounts.all()
			.stream()
			.collect(Collectors.toMap(AccountStatus::account, Function.identity())));
		return "queue";
	}

}
