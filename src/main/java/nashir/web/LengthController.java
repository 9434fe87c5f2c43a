package nashir.web;

import nashir.compose.TweetLength;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code POST /length}: the live counter under every text box, counted by the server's
 * twitter-text (the publisher's own count) on the text as it will be sent (links encoded), so the
 * page and the publisher never disagree; and what the post will cost, for the account when one is named.
 */
@Controller
class LengthController {

	private final Costs costs;

	LengthController(Costs costs) {
		this.costs = costs;
	}

	@PostMapping("/length")
	String counter(@RequestParam(defaultValue = "") String text, @RequestParam(name = "for") String owner,
			@RequestParam(required = false) String account, Model model) {
		model.addAttribute("length", TweetLength.asSent(text));
		model.addAttribute("cost", costs.of(text, account));
		model.addAttribute("owner", owner.replaceAll("[^A-Za-z0-9_-]", ""));
		return "fragments/counter :: counter";
	}

}
