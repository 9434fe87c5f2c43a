package nashir.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.twitter.twittertext.Extractor;

/**
 * The links in a post's text, by the rules a feed post's link follows: an editor's text is sent
 * with each link percent-encoded as {@link PostComposer} encodes a story's link, and is shown to
 * people with each link readable.
 */
public final class PostLinks {

	/** A link runs to the next space; raw Arabic included, which twitter-text would cut. */
	private static final Pattern LINK = Pattern.compile("(?i)\\bhttps?://\\S+");

	/** Punctuation that ends a sentence rather than a link ({@code )} only when unbalanced). */
	private static final String SENTENCE_END = ".,!?;:'\"]}>،؛؟»…";

	private static final Extractor EXTRACTOR = new Extractor();

	private PostLinks() {
	}

	/** What a text part is to X: plain text, a link, a hashtag or a mention. */
	public enum Kind {

		TEXT, LINK, HASHTAG, MENTION

	}

	/**
	 * One part of a post's text.
	 * @param text the part as people read it (a link decoded)
	 * @param link for a link, the link as X gets it (percent-encoded); otherwise {@code null}
	 */
	public record Part(Kind kind, String text, String link) {
	}

	/**
	 * The text as it is sent: every link percent-encoded, as a feed post's link is, and lines ended
	 * by {@code \n} as a feed post's are (browsers send a text box's lines ended by {@code \r\n}).
	 */
	public static String forX(String text) {
		return eachLink(text == null ? null : text.replace("\r\n", "\n"), (link) -> Links.encode(link).orElse(link));
	}

	/** The text as an editor edits it: every link readable ({@link #forX} encodes it again on save). */
	public static String forReading(String text) {
		return eachLink(text, (link) -> Links.decode(Links.encode(link).orElse(link)));
	}

	/** One address by itself (a feed, an image): a link part when it is an http(s) link, text otherwise. */
	public static Part link(String address) {
		return Links.encode(address)
			.map((uri) -> new Part(Kind.LINK, Links.decode(uri), uri))
			.orElse(new Part(Kind.TEXT, address == null ? "" : address, null));
	}

	/**
	 * Whether X will find a link in the text as it is sent (a bare {@code example.com} too), by
	 * X's own twitter-text: what X's dearer price for a post with a URL depends on.
	 */
	public static boolean hasLink(String text) {
		return !EXTRACTOR.extractURLs(forX(text)).isEmpty();
	}

	/** The text cut into plain text, links, hashtags and mentions, in order, as X will mark them. */
	public static List<Part> parts(String text) {
		List<Part> parts = new ArrayList<>();
		int done = 0;
		Matcher matcher = LINK.matcher(text == null ? "" : text);
		while (matcher.find()) {
			String link = trimmed(matcher.group());
			Part part = link(link);
			if (part.kind() == Kind.LINK) {
				marked(text.substring(done, matcher.start()), parts);
				parts.add(part);
				done = matcher.start() + link.length();
			}
		}
		marked(text == null ? "" : text.substring(done), parts);
		return parts;
	}

	/** Hashtags and mentions of a stretch of text without links, the rest as plain text. */
	private static void marked(String stretch, List<Part> parts) {
		int done = 0;
		for (Extractor.Entity entity : EXTRACTOR.extractEntitiesWithIndices(stretch)) {
			Kind kind = switch (entity.getType()) {
				case HASHTAG -> Kind.HASHTAG;
				case MENTION -> Kind.MENTION;
				default -> null;
			};
			if (kind != null) {
				plain(stretch.substring(done, entity.getStart()), parts);
				parts.add(new Part(kind, stretch.substring(entity.getStart(), entity.getEnd()), null));
				done = entity.getEnd();
			}
		}
		plain(stretch.substring(done), parts);
	}

	private static void plain(String text, List<Part> parts) {
		if (!text.isEmpty()) {
			parts.add(new Part(Kind.TEXT, text, null));
		}
	}

	private static String eachLink(String text, UnaryOperator<String> change) {
		if (text == null) {
			return "";
		}
		Matcher matcher = LINK.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		int done = 0;
		while (matcher.find()) {
			String link = trimmed(matcher.group());
			out.append(text, done, matcher.start()).append(change.apply(link));
			done = matcher.start() + link.length();
		}
		return out.append(text.substring(done)).toString();
	}

	/** The link without the punctuation of the sentence it ends. */
	private static String trimmed(String match) {
		int end = match.length();
		while (end > 0 && endsSentence(match.substring(0, end))) {
			end--;
		}
		return match.substring(0, end);
	}

	private static boolean endsSentence(String link) {
		char last = link.charAt(link.length() - 1);
		if (last == ')') {
			return link.chars().filter((c) -> c == ')').count() > link.chars().filter((c) -> c == '(').count();
		}
		return SENTENCE_END.indexOf(last) >= 0;
	}

}
