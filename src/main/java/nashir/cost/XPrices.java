package nashir.cost;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What X charges per post, in US dollars ({@code nashir.x.prices.*}): X's published pay-per-use
 * prices by default. X changes them now and then: set the new ones and the date X published them.
 *
 * @param post a post without a URL
 * @param postWithUrl a post whose text has a URL X links
 * @param published the day X published these prices, shown beside every cost
 */
@ConfigurationProperties("nashir.x.prices")
public record XPrices(@DefaultValue("0.015") BigDecimal post, @DefaultValue("0.20") BigDecimal postWithUrl,
		@DefaultValue("2026-04-20") LocalDate published) {

	/** X's prices published on 20 April 2026. */
	public static final XPrices DEFAULTS = new XPrices(new BigDecimal("0.015"), new BigDecimal("0.20"),
			LocalDate.of(2026, 4, 20));

	@ConstructorBinding
	public XPrices {
		if (post.signum() < 0 || postWithUrl.signum() < 0) {
			throw new IllegalArgumentException("nashir.x.prices cannot be negative: post=" + post + ", post-with-url="
					+ postWithUrl);
		}
	}

}
