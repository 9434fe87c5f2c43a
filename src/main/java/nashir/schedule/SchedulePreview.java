package nashir.schedule;

import java.net.URI;
import java.util.List;

import nashir.compose.ComposeRules;
import nashir.compose.ComposedPost;
import nashir.compose.PostComposer;
import nashir.compose.PostTemplate;
import nashir.feed.FeedException;
import nashir.feed.FeedItem;
import nashir.feed.FeedReader;

/**
 * What a feed's items would become as posts under a schedule, newest first, without touching the
 * database or X: the one preview, for the {@code preview} command and the app's feed form alike.
 */
public class SchedulePreview {

	private final FeedReader reader;

	private final PostComposer composer;

	public SchedulePreview(FeedReader reader, PostComposer composer) {
		this.reader = reader;
		this.composer = composer;
	}

	/** One item and the post it would make for the schedule's first account. */
	public record PreviewedPost(FeedItem item, ComposedPost post) {
	}

	/**
	 * @param schedule the rules to compose by, or {@code null} for the default template and account
	 * @param most how many of the newest items to compose (each may cost a look at its page for an image)
	 */
	public List<PreviewedPost> posts(URI feed, Schedule schedule, int most) throws FeedException {
		ComposeRules rules = schedule == null ? ComposeRules.of(PostTemplate.parse(ScheduleFileParser.DEFAULT_TEMPLATE))
				: schedule.compose();
		String account = schedule == null ? "main" : schedule.accounts().get(0);
		String site = schedule == null ? "" : schedule.site();
		return reader.read(feed).stream().limit(most)
			.map(item -> new PreviewedPost(item, composer.compose(Stories.of(item, site), rules, account)))
			.toList();
	}

}
