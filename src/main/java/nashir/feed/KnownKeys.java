package nashir.feed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.LongStream;

/**
 * The item keys each feed's last poll found in, or wrote to, the ledger. The ledger never deletes an item,
 * so a key known once stays known, and a changed feed's next poll asks the database only about keys it
 * has not seen: none or one, most polls, instead of the whole feed's fifty.
 *
 * <p>Only what the database said, or what a committed poll wrote, is kept, so the memory can hold back
 * nothing new. Keys are kept as the first 64 bits of their SHA-256, a feed's in a sorted array: about
 * 0.4 KB a feed of 50 items. Another node's polls only mean a few more keys to ask about.
 */
final class KnownKeys {

	/** More feeds than a node polls ({@code DEPLOY.md} sizes one for 20,000): past it, all is forgotten and learnt again. */
	static final int MAX_FEEDS = 50_000;

	private final Map<String, long[]> byFeed = new ConcurrentHashMap<>();

	/**
	 * Which of {@code keys}, the keys of the feed's whole body, the ledger has: those this memory has, and
	 * those {@code ledger} finds among the rest. What is known is then all it keeps of the feed.
	 */
	Set<String> known(String feedId, Collection<String> keys, Function<List<String>, Set<String>> ledger) {
		long[] remembered = byFeed.getOrDefault(feedId, new long[0]);
		Map<String, Long> digests = new HashMap<>();
		Set<String> known = new HashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String key : keys) {
			long digest = digest(key);
			digests.put(key, digest);
			if (Arrays.binarySearch(remembered, digest) >= 0) {
				known.add(key);
			}
			else {
				unknown.add(key);
			}
		}
		if (!unknown.isEmpty()) {
			known.addAll(ledger.apply(unknown));
		}
		keep(feedId, known.stream().mapToLong(digests::get));
		return known;
	}

	/**
	 * Keeps {@code keys} as all the feed has: the keys of a body whose items the caller has just seen
	 * committed to the ledger.
	 */
	void remember(String feedId, Collection<String> keys) {
		keep(feedId, keys.stream().mapToLong(KnownKeys::digest));
	}

	private void keep(String feedId, LongStream digests) {
		if (byFeed.size() >= MAX_FEEDS && !byFeed.containsKey(feedId)) {
			byFeed.clear();
		}
		byFeed.put(feedId, digests.sorted().distinct().toArray());
	}

	private static long digest(String key) {
		return Long.parseUnsignedLong(ItemIdentity.sha256(key).substring(0, 16), 16);
	}

}
