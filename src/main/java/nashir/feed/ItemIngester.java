package nashir.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The ledger step of a poll or a push, run inside the caller's transaction: records every item
 * not seen before and hands the new ones that pass the filter on, oldest first. An item is "seen"
 * when its key is known (so a WordPress bump, same guid with a new date or title, is not new)
 * or its canonical link is known (so one story under a second guid is not new either).
 */
@Component
class ItemIngester {

	private final FeedLedger ledger;

	ItemIngester(FeedLedger ledger) {
		this.ledger = ledger;
	}

	PollOutcome.Updated ingest(FeedSource source, List<FeedItem> items, boolean baseline, NewItemsHandler handler,
			Instant now) {
		String feedId = source.feedId();
		List<FeedItem> oldestFirst = FeedReader.oldestFirst(items);
		List<String> linkKeys = oldestFirst.stream().map((item) -> ItemIdentity.linkKey(item.link())).toList();
		Set<String> seenKeys = new HashSet<>(this.ledger.knownKeys(feedId, oldestFirst.stream().map(FeedItem::key).toList()));
		Set<String> seenLinks = new HashSet<>(this.ledger.knownLinkKeys(feedId, linkKeys));
		List<FeedItem> fresh = new ArrayList<>();
		Map<FeedItem, String> unrecorded = new LinkedHashMap<>();
		for (int i = 0; i < oldestFirst.size(); i++) {
			FeedItem item = oldestFirst.get(i);
			String linkKey = linkKeys.get(i);
			boolean isNew = !seenKeys.contains(item.key()) && !seenLinks.contains(linkKey);
			if (seenKeys.add(item.key())) {
				// Recorded even when only its link was known, so that next time its own key answers.
				unrecorded.put(item, linkKey);
			}
			seenLinks.add(linkKey);
			if (isNew) {
				fresh.add(item);
			}
		}
		this.ledger.record(feedId, unrecorded, now);
		// A first read (or a read of a new URL) would flood the account with the feed's whole
		// history: everything is recorded, only the newest `backlog` items go on.
		List<FeedItem> candidates = baseline
				? fresh.subList(Math.max(0, fresh.size() - source.backlog()), fresh.size()) : fresh;
		List<FeedItem> passed = candidates.stream()
			.filter((item) -> ItemFilter.passes(source.filter(), item, now))
			.toList();
		if (!passed.isEmpty()) {
			handler.accept(source, passed);
		}
		return new PollOutcome.Updated(feedId, items.size(), passed.size(), candidates.size() - passed.size(), baseline);
	}

}
