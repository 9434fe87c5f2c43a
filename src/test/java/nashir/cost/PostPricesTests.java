package nashir.cost;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** X's price of a post by its text: a post with a URL X links costs more. */
class PostPricesTests {

	private final PostPrices prices = new PostPrices(XPrices.DEFAULTS);

	@Test
	void shouldPriceAnArabicPostWithoutALinkAsAPost() {
		PostCost cost = prices.of("قمة “بوتين وبايدن”.. اتفاق على إطلاق حوار شامل قريبا\n#أخبار_دولية #سياسة", true);
		assertThat(cost.usd()).isEqualByComparingTo("0.015");
		assertThat(cost.kind()).isEqualTo(PostCost.Kind.POST);
		assertThat(cost.pricesOf()).isEqualTo(LocalDate.of(2026, 4, 20));
	}

	@Test
	void shouldPriceAnArabicPostWithAPercentEncodedArabicLinkAsAPostWithAUrl() {
		PostCost cost = prices.of("قمة “بوتين وبايدن”.. اتفاق\nhttps://ofoq.example.com/2021/06/16/"
				+ "%D9%82%D9%85%D8%A9-%D8%A8%D9%88%D8%AA%D9%8A%D9%86/", true);
		assertThat(cost.usd()).isEqualByComparingTo("0.20");
		assertThat(cost.kind()).isEqualTo(PostCost.Kind.POST_WITH_URL);
	}

	@Test
	void shouldSeeALinkTypedWithRawArabicAsXWillOnceItIsEncoded() {
		assertThat(prices.of("خبر عاجل https://ofoq.example.com/قمة-بوتين/", true).kind())
			.isEqualTo(PostCost.Kind.POST_WITH_URL);
	}

	@Test
	void shouldCountABareDomainAsAUrlAsXLinksIt() {
		assertThat(prices.of("التفاصيل على ofoq.example.com", true).kind()).isEqualTo(PostCost.Kind.POST_WITH_URL);
	}

	@Test
	void shouldChargeNothingInDryRun() {
		PostCost cost = prices.of("خبر https://ofoq.example.com/a", false);
		assertThat(cost.usd()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(cost.kind()).isEqualTo(PostCost.Kind.DRY_RUN);
	}

	@Test
	void shouldChargeNothingOnANetworkThatDoesNotCharge() {
		PostCost cost = prices.of("قمة “بوتين وبايدن”.. اتفاق على عودة السفراء 📰 https://ofoq.example.com/a", false, true);
		assertThat(cost.usd()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(cost.kind()).as("free, not a dry run: the post is sent").isEqualTo(PostCost.Kind.FREE);
		assertThat(prices.of("خبر https://ofoq.example.com/a", true, false).kind()).isEqualTo(PostCost.Kind.DRY_RUN);
		assertThat(prices.of("خبر https://ofoq.example.com/a", true, true).kind()).isEqualTo(PostCost.Kind.POST_WITH_URL);
	}

	@Test
	void shouldUseConfiguredPrices() {
		PostPrices changed = new PostPrices(new XPrices(new BigDecimal("0.01"), new BigDecimal("0.25"), LocalDate.of(2026, 9, 1)));
		assertThat(changed.of("خبر https://ofoq.example.com/a", true).usd()).isEqualByComparingTo("0.25");
		assertThat(changed.of("خبر", true).pricesOf()).isEqualTo(LocalDate.of(2026, 9, 1));
	}

}
