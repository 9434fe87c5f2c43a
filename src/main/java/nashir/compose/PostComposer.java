package nashir.compose;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import nashir.net.Http;
import nashir.net.NetSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns a story into the text of a post by a schedule's rules. Can be built without Spring:
 * {@code new PostComposer(http)} (looks up a missing image on the article page) or
 * {@link #offline()} (never touches the network).
 */
@Component
public class PostComposer {

	private static final Logger log = LoggerFactory.getLogger(PostComposer.class);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	/** WordPress ends its feed excerpts with "[&#8230;]"; a post marks the cut its own way. */
	private static final Pattern WORDPRESS_MORE = Pattern.compile("\\s*\\[(…|\\.\\.\\.)\\]$");

	private final ImageLookup images;

	private final HashtagPicker hashtags = new HashtagPicker();

	/**
	 * A composer that reads a story's article page for its image when the feed gave none, with its
	 * own guarded client (no private host allowed), as the preview command needs.
	 */
	public PostComposer() {
		this(Http.guarded(NetSettings.defaults()));
	}

	/** The same, through the application's client. */
	@Autowired
	public PostComposer(Http http) {
		this(new PageImageLookup(http));
	}

	PostComposer(ImageLookup images) {
		this.images = images;
	}

	/** A composer that never reads article pages: posts carry only the images feeds give. */
	public static PostComposer offline() {
		return new PostComposer(ImageLookup.NONE);
	}

	/**
	 * Never throws for a story: a post that cannot be made to fit comes back with
	 * {@code valid=false} and the best text found.
	 * @param account the target account, or {@code null} for the schedule's own template
	 */
	public ComposedPost compose(Story story, ComposeRules rules, String account) {
		return compose(story, rules, account, LengthRule.X);
	}

	/** The same, fitted to the account's network by its rule ({@code Publishers#lengthRule}). */
	public ComposedPost compose(Story story, ComposeRules rules, String account, LengthRule rule) {
		PostTemplate template = account == null ? rules.template() : rules.templateFor(account);
		Optional<String> page = Links.encode(story.link());
		if (story.link() != null && !story.link().isBlank() && page.isEmpty()) {
			log.warn("Story link ignored link=\"{}\" reason=\"not an absolute http(s) address\"", story.link());
		}
		Map<Placeholder, String> fixed = new EnumMap<>(Placeholder.class);
		fixed.put(Placeholder.LINK, page.map((uri) -> Links.withCampaign(uri, rules.utm())).orElse(""));
		fixed.put(Placeholder.CATEGORY, story.categories().stream().map(TextCleaner::clean)
			.filter((category) -> !category.isEmpty()).findFirst().orElse(""));
		fixed.put(Placeholder.AUTHOR, TextCleaner.clean(story.author()));
		fixed.put(Placeholder.SITE, TextCleaner.clean(story.site()));
		fixed.put(Placeholder.DATE, story.published() == null ? "" : DATE.format(story.published().atZone(rules.zone())));
		List<String> tags = template.uses(Placeholder.HASHTAGS) ? hashtags.pick(rules.hashtags(), story.categories())
				: List.of();
		PostFitter.Fitted post = PostFitter.fit(new PostFitter.Draft(template, fixed, TextCleaner.clean(story.title()),
				WORDPRESS_MORE.matcher(TextCleaner.clean(story.excerpt())).replaceFirst(Shortener.ELLIPSIS), tags, rule));
		PostLength length = post.length();
		if (!length.valid()) {
			log.warn("Post does not fit link={} length={} max={} template=\"{}\"", fixed.get(Placeholder.LINK),
					length.length(), length.max(), template.source());
		}
		return new ComposedPost(post.text(), length.length(), length.valid(), post.hashtags(),
				image(story, rules.image(), page));
	}

	/**
	 * The image the article page at {@code link} announces ({@code og:image}, {@code twitter:image}),
	 * for a story whose feed gave none. Reads the page: call it outside any transaction.
	 */
	public Optional<String> pageImage(String link) {
		return Links.encode(link).map(images::imageOf).flatMap(Links::encode);
	}

	private String image(Story story, ImageMode mode, Optional<String> page) {
		if (mode == ImageMode.NONE) {
			return null;
		}
		// The page is looked up without campaign parameters: a bot's visit is no campaign click.
		return Links.encode(story.imageUrl())
			.or(() -> page.map(images::imageOf).flatMap(Links::encode))
			.orElse(null);
	}

}
