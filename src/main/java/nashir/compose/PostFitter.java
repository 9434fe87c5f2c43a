package nashir.compose;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fits a post into its network's most (X's 280, Bluesky's 300 graphemes…) by giving up, in order: hashtags (the last one first), the end of the
 * excerpt, the end of the headline. The link and the template's own text are never touched.
 */
final class PostFitter {

	/** The parts that may shrink, rendered with the ones that may not. */
	record Draft(PostTemplate template, Map<Placeholder, String> fixed, String title, String excerpt,
			List<String> hashtags, LengthRule rule) {

		String text() {
			Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
			values.putAll(fixed);
			values.put(Placeholder.TITLE, title);
			values.put(Placeholder.EXCERPT, excerpt);
			values.put(Placeholder.HASHTAGS, hashtags.stream().map((tag) -> "#" + tag).collect(Collectors.joining(" ")));
			// Placeholder values are NFC each, but a value's first mark may compose with the
			// template's text before it.
			return Normalizer.normalize(template.render(values), Normalizer.Form.NFC);
		}

		boolean fits() {
			return !rule.measure(text()).tooLong();
		}

		Draft withTitle(String shorter) {
			return new Draft(template, fixed, shorter, excerpt, hashtags, rule);
		}

		Draft withExcerpt(String shorter) {
			return new Draft(template, fixed, title, shorter, hashtags, rule);
		}

		Draft withHashtags(List<String> fewer) {
			return new Draft(template, fixed, title, excerpt, fewer, rule);
		}

	}

	private PostFitter() {
	}

	/** The post as it will be sent, measured once (twitter-text takes ~0.5 ms a text). */
	record Fitted(String text, PostLength length, List<String> hashtags) {
	}

	static Fitted fit(Draft draft) {
		Draft fitted = draft;
		PostLength length = draft.rule().measure(fitted.text());
		while (length.tooLong() && !fitted.hashtags().isEmpty()) {
			fitted = fitted.withHashtags(fitted.hashtags().subList(0, fitted.hashtags().size() - 1));
			length = draft.rule().measure(fitted.text());
		}
		if (length.tooLong() && fitted.template().uses(Placeholder.EXCERPT) && !fitted.excerpt().isEmpty()) {
			Draft current = fitted;
			fitted = current.withExcerpt(
					Shortener.shorten(current.excerpt(), (excerpt) -> current.withExcerpt(excerpt).fits()).orElse(""));
			length = draft.rule().measure(fitted.text());
		}
		if (length.tooLong() && fitted.template().uses(Placeholder.TITLE) && !fitted.title().isEmpty()) {
			Draft current = fitted;
			// When not even the first word fits, "…" still says a headline was there.
			fitted = current.withTitle(Shortener.shorten(current.title(), (title) -> current.withTitle(title).fits())
				.orElse(Shortener.ELLIPSIS));
			length = draft.rule().measure(fitted.text());
		}
		return new Fitted(fitted.text(), length, fitted.hashtags());
	}

}
