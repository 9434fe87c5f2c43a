package nashir.schedule;

import java.net.URI;
import java.util.List;
import java.util.function.ToIntFunction;

import nashir.compose.ComposeRules;
import nashir.compose.ComposedPost;
import nashir.compose.ImageMode;
import nashir.compose.LengthRule;
import nashir.compose.PostComposer;
import nashir.compose.PostTemplate;
import nashir.compose.Story;
import nashir.feed.FeedException;
import nashir.feed.FeedItem;
import nashir.feed.FeedReader;
import nashir.feed.FeedSettings;
import nashir.publish.ConfiguredChannels;
import nashir.publish.Publishers;

/**
 * What a feed's items would become as posts under a schedule, newest first, one per account of the
 * schedule, each fitted to its account's network, without touching the database or any network
 * but the feed's: the one preview, for the {@code preview} command and the app's feed form alike.
 */
public class SchedulePreview {

	private final FeedReader reader;

	private final PostComposer composer;

	private final Publishers publishers;

	/** @param publishers the accounts' networks and their length rules */
	public SchedulePreview(FeedReader reader, PostComposer composer, Publishers publishers) {
		this.reader = reader;
		this.composer = composer;
		this.publishers = publishers;
	}

	/**
	 * Runs the work with a preview of the configured accounts ({@code nashir.accounts.*}, each of its
	 * {@code type:}), read as the service reads its configuration, without the service: for the
	 * {@code preview} command. Images missing from a feed are looked for on the article pages.
	 */
	public static int configured(ToIntFunction<SchedulePreview> work) {
		return ConfiguredChannels.with((publishers) -> work
			.applyAsInt(new SchedulePreview(new FeedReader(FeedSettings.defaults()), new PostComposer(), publishers)));
	}

	/** One item and the post it would make for each of the schedule's accounts, in the schedule's order. */
	public record PreviewedPost(FeedItem item, List<AccountPost> posts) {

		public PreviewedPost {
			posts = List.copyOf(posts);
		}

		/** The post for the schedule's first account, as the feed form shows it. */
		public ComposedPost post() {
			return posts.get(0).post();
		}

	}

	/**
	 * One account's post, by its network's rule.
	 * @param network the network's id: {@code x}, {@code telegram}, {@code mastodon}, {@code bluesky}
	 * @param max the most the account's network takes
	 */
	public record AccountPost(String account, String network, ComposedPost post, int max) {
	}

	/**
	 * @param schedule the rules to compose by, or {@code null} for the default template and account
	 * @param most how many of the newest items to compose (each may cost a look at its page for an image)
	 */
	public List<PreviewedPost> posts(URI feed, Schedule schedule, int most) throws FeedException {
		ComposeRules rules = schedule == null ? ComposeRules.of(PostTemplate.parse(ScheduleFileParser.DEFAULT_TEMPLATE))
				: schedule.compose();
		List<String> accounts = schedule == null ? List.of("main") : schedule.accounts();
		List<Target> targets = accounts.stream()
			.map((account) -> new Target(account, publishers.network(account).id(), publishers.lengthRule(account)))
			.toList();
		String site = schedule == null ? "" : schedule.site();
		return reader.read(feed).stream().limit(most).map((item) -> {
			Story story = withPageImage(Stories.of(item, site), rules);
			return new PreviewedPost(item, targets.stream().map((target) -> target.post(composer, story, rules)).toList());
		}).toList();
	}

	/**
	 * The story with the image its page announces when the feed gave none, looked up once for all
	 * its accounts rather than once per account.
	 */
	private Story withPageImage(Story story, ComposeRules rules) {
		if (rules.image() == ImageMode.NONE || story.imageUrl() != null || story.link() == null) {
			return story;
		}
		return composer.pageImage(story.link())
			.map((image) -> new Story(story.title(), story.link(), story.excerpt(), story.categories(), story.author(),
					story.site(), story.published(), image))
			.orElse(story);
	}

	/** An account, its network and how that network counts. */
	private record Target(String account, String network, LengthRule rule) {

		AccountPost post(PostComposer composer, Story story, ComposeRules rules) {
			ComposedPost post = composer.compose(story, rules, account, rule);
			return new AccountPost(account, network, post, rule.measure(post.text()).max());
		}

	}

}
