package nashir.feed;

import java.util.Optional;

/**
 * The feeds currently scheduled, by id. A WebSub push names only a feed id; the schedule layer
 * implements this as a Spring bean so that a pushed body finds its {@link FeedSource} (URL,
 * backlog, filter). A push for an id it does not know is ignored.
 */
public interface FeedSubscriptions {

	Optional<FeedSource> source(String feedId);

}
