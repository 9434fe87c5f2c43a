package nashir.compose;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fits a post into X's 280 by giving up, in order: hashtags (the last one first), the end of the
 * excerpt, the end of the headline. The link and the template's own text are never touched.
 */
final class PostFitter {

	/** The parts that may shrink, rendered with the ones that may not. */
	record Draft(PostTemplate template, Map<Placeholder, String> fixed, String title, String excerpt,
			List<String> hashtags) {

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
			return !tooLong(TweetLength.of(text()));
		}

		Draft withTitle(String shorter) {
			return new Draft(template, fixed, shorter, excerpt, hashtags);
		}

		Draft withExcerpt(String shorter) {
			return new Draft(template, fixed, title, shorter, hashtags);
		}

		Draft withHashtags(List<String> fewer) {
			return new Draft(template, fixed, title, excerpt, fewer);
		}

	}

	private PostFitter() {
	}

	/** The post as it will be sent, measured once (twitter-text takes ~0.5 ms a text). */
	record Fitted(String text, TweetLength length, List<String> hashtags) {
	}

	static Fitted fit(Draft draft) {
		Draft fitted = draft;
		TweetLength length = TweetLength.of(fitted.text());
		while (tooLong(length) && !fitted.hashtags().isEmpty()) {
			fitted = fitted.withHashtags(fitted.hashtags().subList(0, fitted.hashtags().size() - 1));
			length = TweetLength.of(fitted.text());
		}
		if (tooLong(length) && fitted.template().uses(Placeholder.EXCERPT) && !fitted.excerpt().isEmpty()) {
			Draft current = fitted;
			fitted = current.withExcerpt(
					Shortener.shorten(current.excerpt(), (excerpt) -> current.withExcerpt(excerpt).fits()).orElse(""));
			length = TweetLength.of(fitted.text());
		}
		if (tooLong(length) && fitted.template().uses(Placeholder.TITLE) && !fitted.title().isEmpty()) {
			Draft current = fitted;
			// When not even the first word fits, "…" still says a headline was there.
			fitted = current.withTitle(Shortener.shorten(current.title(), (title) -> current.withTitle(title).fits())
				.orElse(Shortener.ELLIPSIS));
			length = TweetLength.of(fitted.text());
		}
		return new Fitted(fitted.text(), length, fitted.hashtags());
	}

	private static boolean tooLong(TweetLength length) {
		return length.weightedLength() > TweetLength.MAX;
	}

}
