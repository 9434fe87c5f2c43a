package nashir.mastodon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.BreakIterator;
import com.twitter.twittertext.Extractor;
import nashir.compose.LengthRule;
import nashir.compose.PostLength;

/**
 * A status's length as Mastodon's {@code StatusLengthValidator} counts it: every link with a
 * scheme (found by twitter-text, as Mastodon finds it) counts {@code characters_reserved_per_url},
 * a mention {@code @user@domain} counts as {@code @user}, and the rest counts in grapheme clusters
 * (an Arabic letter with its marks, or a flag, is one).
 */
record MastodonLength(InstanceLimits limits) implements LengthRule {

	/** Mastodon's {@code Account::MENTION_RE}: a remote mention counts without its domain. */
	private static final Pattern MENTION = Pattern.compile(
			"(?<![=/\\w])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(?:@\\w+(?:[.-]+\\w+)*)?",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

	@Override
	public PostLength measure(String text) {
		int length = graphemes(countable(text));
		return new PostLength(length, this.limits.maxCharacters(),
				!text.isBlank() && length <= this.limits.maxCharacters());
	}

	/** The text with each link and mention replaced by what it counts as. */
	String countable(String text) {
		List<Replacement> replacements = new ArrayList<>();
		Extractor links = new Extractor();
		links.setExtractURLWithoutProtocol(false);
		String placeholder = "x".repeat(this.limits.urlLength());
		links.extractURLsWithIndices(text)
			.forEach((url) -> replacements.add(new Replacement(url.getStart(), url.getEnd(), placeholder)));
		Matcher mentions = MENTION.matcher(text);
		while (mentions.find()) {
			replacements.add(new Replacement(mentions.start(), mentions.end(), "@" + mentions.group(1)));
		}
		replacements.sort(Comparator.comparingInt(Replacement::start));
		StringBuilder countable = new StringBuilder();
		int at = 0;
		for (Replacement replacement : replacements) {
			// As Mastodon, the first of two overlapping entities wins (a mention inside a link is the link's).
			if (replacement.start() >= at) {
				countable.append(text, at, replacement.start()).append(replacement.text());
				at = replacement.end();
			}
		}
		return countable.append(text.substring(at)).toString();
	}

	private static int graphemes(String text) {
		BreakIterator graphemes = BreakIterator.getCharacterInstance();
		graphemes.setText(text);
		int count = 0;
		while (graphemes.next() != BreakIterator.DONE) {
			count++;
		}
		return count;
	}

	private record Replacement(int start, int end, String text) {
	}

}
