package nashir.schedule;

import nashir.compose.Story;
import nashir.feed.FeedItem;

/** What the composer is told of a feed item: the one mapping, for the poller and the preview alike. */
public final class Stories {

	private Stories() {
	}

	/** @param site the schedule's site name; blank means the link's host */
	public static Story of(FeedItem item, String site) {
		return new Story(item.title(), item.link().toString(), item.summary(), item.categories(), item.author(),
				site == null || site.isBlank() ? item.link().getHost() : site, item.published(),
				item.image() == null ? null : item.image().toString());
	}

}
