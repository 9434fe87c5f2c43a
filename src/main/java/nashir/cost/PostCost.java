package nashir.cost;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one post costs on X, by the price table of {@code pricesOf}; nothing on other networks.
 *
 * @param usd the price in US dollars; zero in dry run and on other networks
 * @param kind which price applies
 * @param pricesOf the day X published the prices used
 */
public record PostCost(BigDecimal usd, Kind kind, LocalDate pricesOf) {

	public enum Kind {

		/** A post without a URL. */
		POST,
		/** A post whose text has a URL X links: X's dearer price. */
		POST_WITH_URL,
		/** The account is in dry run: nothing is sent, nothing is paid. */
		DRY_RUN,
		/** The account is on a network that does not charge for posts (all but X). */
		FREE

	}

}
