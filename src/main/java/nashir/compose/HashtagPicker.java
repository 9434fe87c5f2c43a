package nashir.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.twitter.twittertext.Extractor;

/**
 * Chooses a post's hashtags by a schedule's {@link HashtagRules}: the fixed ones first (all of
 * them: an editor asked for each), then the story's categories, mapped and filtered, until
 * {@code max} tags in all. So {@code max: 0} means the fixed tags only.
 */
final class HashtagPicker {

	private final Extractor extractor = new Extractor();

	List<String> pick(HashtagRules rules, List<String> categories) {
		Map<String, String> chosen = new LinkedHashMap<>();
		for (String fixed : rules.fixed()) {
			asHashtag(fixed).ifPresent((tag) -> chosen.putIfAbsent(key(tag), tag));
		}
		if (rules.fromCategories()) {
			Set<String> excluded = rules.exclude().stream().map(TextCleaner::clean).map(HashtagPicker::key)
				.collect(Collectors.toSet());
			Map<String, String> replacements = new LinkedHashMap<>();
			rules.map().forEach((category, tag) -> replacements.put(key(TextCleaner.clean(category)), tag));
			for (String category : categories) {
				if (chosen.size() >= rules.max()) {
					break;
				}
				String name = key(TextCleaner.clean(category));
				if (!name.isEmpty() && !excluded.contains(name)) {
					asHashtag(replacements.getOrDefault(name, category))
						.ifPresent((tag) -> chosen.putIfAbsent(key(tag), tag));
				}
			}
		}
		return List.copyOf(new ArrayList<>(chosen.values()));
	}

	/**
	 * The category as a hashtag without {@code #}: spaces and hyphens become {@code _}, other
	 * characters that would end the hashtag go; empty when X would not see a hashtag at all
	 * (digits only, for instance).
	 */
	Optional<String> asHashtag(String text) {
		String cleaned = TextCleaner.clean(text);
		StringBuilder tag = new StringBuilder();
		cleaned.codePoints().forEach((cp) -> {
			if (Character.isWhitespace(cp) || cp == '-' || Character.getType(cp) == Character.DASH_PUNCTUATION
					|| cp == '_') {
				if (tag.length() > 0 && tag.charAt(tag.length() - 1) != '_') {
					tag.append('_');
				}
			}
			else if (Character.isLetter(cp) || Character.isDigit(cp) || isMark(cp) || cp == 0x200C || cp == 0x200D) {
				tag.appendCodePoint(cp);
			}
		});
		String candidate = stripUnderscores(tag.toString());
		List<String> found = candidate.isEmpty() ? List.of() : extractor.extractHashtags("#" + candidate);
		return found.size() == 1 && found.get(0).equals(candidate) ? Optional.of(candidate) : Optional.empty();
	}

	private static boolean isMark(int cp) {
		int type = Character.getType(cp);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

	private static String stripUnderscores(String tag) {
		int start = 0;
		int end = tag.length();
		while (start < end && tag.charAt(start) == '_') {
			start++;
		}
		while (end > start && tag.charAt(end - 1) == '_') {
			end--;
		}
		return tag.substring(start, end);
	}

	/** Two tags are the same for X when they differ only in case or normalization. */
	private static String key(String text) {
		return TextCleaner.clean(text).toLowerCase(Locale.ROOT);
	}

}
