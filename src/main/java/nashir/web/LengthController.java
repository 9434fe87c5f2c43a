package nashir.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code POST /length}: the live counter under every text box, counted by the account's network's
 * own rule ({@link ChannelCounts}; X's twitter-text when no account is named) on the text as it will
 * be sent, so the page and the publisher never disagree; and what the post will cost, for the
 * account when one is named.
 */
@Controller
class LengthController {

	private final Costs costs;

	private final ChannelCounts counts;

	LengthController(Costs costs, ChannelCounts counts) {
		this.costs = costs;
		this.counts = counts;
	}

	@PostMapping("/length")
	String counter(@RequestParam(defaultValue = "") String text, @RequestParam(name = "for") String owner,
			@RequestParam(required = false) String account, Model model) {
		model.addAttribute("counts", counts.forAccount(text, account));
		model.addAttribute("cost", costs.of(text, account));
		model.addAttribute("owner", owner.replaceAll("[^A-Za-z0-9_-]", ""));
		return "fragments/counter :: counter";
	}

}
