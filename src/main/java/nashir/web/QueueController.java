package nashir.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nashir.queue.Post;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /queue}: the posts that will be sent, per account, with their due time and countdown. */
@Controller
class QueueController {

	private final PostLog log;

	QueueController(PostLog log) {
		this.log = log;
	}

	@GetMapping("/queue")
	String queue(Model model) {
		Map<String, List<Post>> byAccount = log.upcoming()
			.stream()
			.collect(Collectors.groupingBy(Post::account, LinkedHashMap::new, Collectors.toList()));
		model.addAttribute("accounts", byAccount);
		return "queue";
	}

}
