package nashir.feed;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Applies a {@link FeedFilter} to one item. Categories compare case-insensitively after trimming;
 * title patterns are searched anywhere in the title ({@code find}), which is what an editor who
 * writes {@code عاجل} means; items of unknown date pass {@code maxAge}.
 */
final class ItemFilter {

	private ItemFilter() {
	}

	static boolean passes(FeedFilter filter, FeedItem item, Instant now) {
		List<String> categories = item.categories().stream().map(ItemFilter::fold).toList();
		if (!filter.includeCategories().isEmpty()
				&& filter.includeCategories().stream().map(ItemFilter::fold).noneMatch(categories::contains)) {
			return false;
		}
		if (filter.excludeCategories().stream().map(ItemFilter::fold).anyMatch(categories::contains)) {
			return false;
		}
		if (!filter.includeTitles().isEmpty() && filter.includeTitles().stream().noneMatch((p) -> found(p, item))) {
			return false;
		}
		if (filter.excludeTitles().stream().anyMatch((p) -> found(p, item))) {
			return false;
		}
		return filter.maxAge() == null || item.published() == null
				|| !item.published().isBefore(now.minus(filter.maxAge()));
	}

	private static boolean found(Pattern pattern, FeedItem item) {
		return pattern.matcher(item.title()).find();
	}

	private static String fold(String category) {
		return category.strip().toLowerCase(Locale.ROOT);
	}

}
