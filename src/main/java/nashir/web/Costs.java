package nashir.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import com.ibm.icu.text.NumberFormat;

import nashir.cost.PostCost;
import nashir.cost.PostPrices;
import nashir.publish.Account;
import nashir.publish.AccountDirectory;
import nashir.publish.Budget;
import nashir.queue.Post;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What posts cost, as pages say it ({@code @costs}): the price table's price and dollars in the page's digits. */
@Component("costs")
class Costs {

	/** Isolates an amount left to right, so "$0.20" keeps its order in an Arabic sentence. */
	private static final String LTR = "\u2066";

	private static final String END = "\u2069";

	private final PostPrices prices;

	private final AccountDirectory accounts;

	private final Digits digits;

	Costs(PostPrices prices, AccountDirectory accounts, Digits digits) {
		this.prices = prices;
		this.accounts = accounts;
		this.digits = digits;
	}

	/**
	 * The price of a text for the account (nothing in dry run, nothing on a network other than X); with
	 * no known account, X's price of the text.
	 */
	public PostCost of(String text, String account) {
		Optional<Account> found = account == null ? Optional.empty() : accounts.find(account);
		return found.map(known -> prices.of(text, known.type().charges(), known.sends()))
			.orElseGet(() -> prices.of(text, true));
	}

	/** What the post will cost when it is sent. */
	public PostCost of(Post post) {
		return of(post.text(), post.account());
	}

	/** Whether the account has a daily or monthly budget, so letting a post past it means something. */
	public boolean hasBudget(String account) {
		return accounts.find(account).map(found -> !found.budget().equals(Budget.NONE)).orElse(false);
	}

	/** Dollars in the page's digits: cents always, a third decimal when the price has one ($0.015), none for a whole budget. */
	public String usd(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		NumberFormat format = NumberFormat.getNumberInstance(digits.locale(locale));
		boolean whole = amount.stripTrailingZeros().scale() <= 0;
		format.setMinimumFractionDigits(whole ? 0 : 2);
		format.setMaximumFractionDigits(whole ? 0 : Math.max(2, amount.stripTrailingZeros().scale()));
		return LTR + "$" + format.format(amount) + END;
	}

}
