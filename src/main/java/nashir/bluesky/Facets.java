package nashir.bluesky;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links and hashtags of a post's text as Bluesky's rich-text facets. Bluesky makes nothing clickable by
 * itself: a link or tag without its facet is plain text. Offsets count UTF-8 bytes, not Java chars (an Arabic
 * letter is 2 bytes, most emoji 4).
 */
final class Facets {

	/** A URL runs to the first space; punctuation that ends a sentence or closes a quote is not part of it. */
	private static final Pattern LINK = Pattern.compile("https?://[^\\s]+");

	private static final String TRAILING = ".,;:!?'\"”’»…)]}";

	/** A tag starts a word: letters, marks, digits and underscores, as the composer joins categories. */
	private static final Pattern TAG = Pattern.compile("(?<![^\\s])[#＃]([\\p{L}\\p{M}\\p{N}_]+)");

	/** Bluesky's most for a tag. */
	private static final int MAX_TAG_GRAPHEMES = 64;

	private Facets() {
	}

	/** The facets of {@code text}, in the order they appear. */
	static List<Facet> of(String text) {
		List<Facet> facets = new ArrayList<>();
		List<int[]> links = new ArrayList<>();
		Matcher link = LINK.matcher(text);
		while (link.find()) {
			int end = link.end();
			while (end > link.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
				end--;
			}
			String uri = text.substring(link.start(), end);
			if (uri.length() > "https://".length()) {
				links.add(new int[] { link.start(), end });
				facets.add(new Facet(bytes(text, link.start()), bytes(text, end), Facet.Kind.LINK, uri));
			}
		}
		Matcher tag = TAG.matcher(text);
		while (tag.find()) {
			String name = tag.group(1);
			if (isTag(name) && links.stream().noneMatch((span) -> tag.start() >= span[0] && tag.start() < span[1])) {
				facets.add(new Facet(bytes(text, tag.start()), bytes(text, tag.end()), Facet.Kind.TAG, name));
			}
		}
		facets.sort(Comparator.comparingInt(Facet::byteStart));
		return facets;
	}

	/** All digits is a number (#1), not a tag, as Bluesky's app reads it. */
	private static boolean isTag(String name) {
		return !name.chars().allMatch(Character::isDigit) && BlueskyLength.graphemes(name) <= MAX_TAG_GRAPHEMES;
	}

	private static int bytes(String text, int end) {
		return BlueskyLength.bytes(text.substring(0, end));
	}

	/**
	 * One facet.
	 *
	 * @param byteStart where it starts, in UTF-8 bytes from the text's start
	 * @param byteEnd where it ends (exclusive)
	 * @param value the URL of a link, a tag without its {@code #}
	 */
	record Facet(int byteStart, int byteEnd, Kind kind, String value) {

		enum Kind {

			LINK, TAG

		}

	}

}
