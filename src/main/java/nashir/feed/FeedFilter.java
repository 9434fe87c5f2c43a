package nashir.feed;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which new items of a feed become posts. Items that fail the filter are still recorded in the
 * ledger (so they are never reconsidered), but are not handed on.
 *
 * @param includeCategories when not empty, an item needs at least one of these categories
 * @param excludeCategories an item with any of these categories is skipped
 * @param includeTitles when not empty, the title must match at least one pattern
 * @param excludeTitles a title matching any of these patterns is skipped
 * @param maxAge items published longer ago than this are skipped; {@code null} for no limit
 */
public record FeedFilter(List<String> includeCategories, List<String> excludeCategories,
		List<Pattern> includeTitles, List<Pattern> excludeTitles, Duration maxAge) {

	public static final FeedFilter NONE = new FeedFilter(List.of(), List.of(), List.of(), List.of(), null);

	public FeedFilter {
		includeCategories = List.copyOf(includeCategories);
		excludeCategories = List.copyOf(excludeCategories);
		includeTitles = List.copyOf(includeTitles);
		excludeTitles = List.copyOf(excludeTitles);
	}

}
