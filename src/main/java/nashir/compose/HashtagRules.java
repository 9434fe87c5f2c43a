package nashir.compose;

import java.util.List;
import java.util.Map;

/**
 * Where a post's hashtags come from.
 *
 * @param fromCategories take hashtags from the story's categories and tags
 * @param max at most this many hashtags in all, counting the fixed ones; the fixed ones are always
 * kept, so {@code 0} means the fixed ones only
 * @param fixed hashtags every post of the schedule carries, first
 * @param map category to hashtag replacements (without {@code #})
 * @param exclude categories never turned into hashtags
 */
public record HashtagRules(boolean fromCategories, int max, List<String> fixed, Map<String, String> map,
		List<String> exclude) {

	public static final HashtagRules NONE = new HashtagRules(false, 0, List.of(), Map.of(), List.of());

	public HashtagRules {
		fixed = List.copyOf(fixed);
		map = Map.copyOf(map);
		exclude = List.copyOf(exclude);
	}

}
