package nashir.cost;

import java.math.BigDecimal;

import nashir.compose.PostLinks;

import org.springframework.stereotype.Component;

/**
 * The price of a post before it is sent, from its text: X charges more for a post with a URL (an
 * image costs the same today). Needs no Spring: {@code new PostPrices(XPrices.DEFAULTS)}.
 */
@Component
public class PostPrices {

	private final XPrices prices;

	public PostPrices(XPrices prices) {
		this.prices = prices;
	}

	/**
	 * @param text the post's text (links as typed or as sent)
	 * @param sentToX false for a dry-run account, whose posts cost nothing
	 */
	public PostCost of(String text, boolean sentToX) {
		if (!sentToX) {
			return new PostCost(BigDecimal.ZERO, PostCost.Kind.DRY_RUN, prices.published());
		}
		return PostLinks.hasLink(text) ? new PostCost(prices.postWithUrl(), PostCost.Kind.POST_WITH_URL, prices.published())
				: new PostCost(prices.post(), PostCost.Kind.POST, prices.published());
	}

	/**
	 * @param charged false for an account on a network that does not charge (all but X): its posts
	 * are free whether sent or not
	 * @param sent false for an account in dry run
	 */
	public PostCost of(String text, boolean charged, boolean sent) {
		return charged ? of(text, sent) : new PostCost(BigDecimal.ZERO, PostCost.Kind.FREE, prices.published());
	}

	public XPrices table() {
		return prices;
	}

}
