package nashir.feed;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import nashir.feed.FetchResult.Fetched;
import nashir.feed.FetchResult.Validators;
import nashir.feed.ItemKeyScanner.Item;
import nashir.feed.ItemKeyScanner.Scan;
import nashir.net.Http;
import nashir.net.NetSettings;

/**
 * Reads a feed once, without any state: fetch, parse, identify, and sanitize what is asked for.
 * Used by the preview command and by {@link FeedRefresher}. Can be built without Spring.
 */
public class FeedReader {

	private final FeedFetcher fetcher;

	private final FeedParser parser;

	private final ItemProcessor processor = new ItemProcessor();

	private final ItemKeyScanner scanner;

	/** A reader with its own guarded client, as the preview command needs (no private host allowed). */
	public FeedReader(FeedSettings settings) {
		this(settings, Http.guarded(NetSettings.defaults()));
	}

	public FeedReader(FeedSettings settings, Http http) {
		this(settings, http, Clock.systemUTC());
	}

	/** With the clock that dates a server's Retry-After, so that it and the back-off agree. */
	FeedReader(FeedSettings settings, Http http, Clock clock) {
		this.fetcher = new FeedFetcher(settings, http, clock);
		this.parser = new FeedParser(settings.parseTimeout());
		this.scanner = new ItemKeyScanner(settings.parseTimeout());
	}

	/** All items of the feed, newest first. */
	public List<FeedItem> read(URI url) throws FeedException {
		if (!(this.fetcher.fetch(url, Validators.NONE) instanceof Fetched fetched)) {
			throw new FeedException(url.toString(), "feed.error.unconditional304",
					"the server answered 304 Not Modified to an unconditional request");
		}
		return newestFirst(parse(fetched).entries()).stream().map(FeedEntry::item).toList();
	}

	FetchResult fetch(URI url, Validators validators) throws FetchException {
		return this.fetcher.fetch(url, validators);
	}

	/** Parses a fetched (or pushed) body and identifies its items; they stay in feed order, each story once. */
	ReadFeed parse(Fetched fetched) throws FeedException {
		return read(fetched, this.parser.parse(fetched.body(), fetched.contentType(), fetched.url()));
	}

	/**
	 * Parses only the items of a scanned body that are not {@code known}: one new story among fifty
	 * costs Rome one item, not fifty. Should that fail, the whole body is parsed as {@link #parse} does.
	 */
	ReadFeed parseNew(Fetched fetched, Scan scan, Set<String> known) throws FeedException {
		try {
			return read(fetched, this.parser.parse(scan.without(known), fetched.url())).holding(scan.keys().size());
		}
		catch (FeedException ex) {
			return parse(fetched);
		}
	}

	/**
	 * A first read of a scanned body. It records every item and hands on at most the feed's backlog,
	 * so each item is taken as the scan read it (key, link, title, date: what the ledger keeps), and
	 * Rome parses an item only when it is described, and the channel alone only when the scan cannot
	 * tell its WebSub links. Should that channel not parse, the whole body is parsed as {@link #parse} does.
	 */
	ReadFeed parseFirst(Fetched fetched, Scan scan) throws FeedException {
		ParsedFeed channel = scan.channel().orElse(null);
		try {
			channel = channel != null ? channel : this.parser.parse(scan.without(scan.keys()), fetched.url());
		}
		catch (FeedException ex) {
			return parse(fetched);
		}
		List<FeedEntry> entries = new ArrayList<>();
		for (Item item : scan.items()) {
			String title = ItemProcessor.title(item.title());
			if (item.key() != null) {
				entries.add(new FeedEntry(item.key(), title, item.link(), item.published(),
						() -> describe(fetched, scan, item.key())));
			}
			else if (item.link() == null) {
				ItemProcessor.skipped(fetched.url(), item.written().link(), title);
			}
		}
		return read(fetched, channel, entries);
	}

	/** The one item of a scanned body, parsed alone ({@link #parseNew}: the whole body should that fail). */
	private FeedItem describe(Fetched fetched, Scan scan, String key) {
		Set<String> others = new HashSet<>(scan.keys());
		others.remove(key);
		try {
			return parseNew(fetched, scan, others).entries()
				.stream()
				.filter((entry) -> entry.key().equals(key))
				.findFirst()
				.orElseThrow()
				.item();
		}
		catch (FeedException | NoSuchElementException ex) {
			// The scan and the parse read the same characters: a feed that gets here is a bug to report.
			throw new IllegalStateException("feed " + fetched.url() + ": the parse lacks item \"" + key
					+ "\", which the scan found", ex);
		}
	}

	private ReadFeed read(Fetched fetched, ParsedFeed parsed) {
		List<FeedEntry> entries = new ArrayList<>();
		for (RawEntry entry : parsed.entries()) {
			this.processor.identify(entry, fetched.url()).ifPresent(entries::add);
		}
		return read(fetched, parsed, ItemIdentity.distinct(entries, FeedEntry::key, FeedEntry::link));
	}

	private static ReadFeed read(Fetched fetched, ParsedFeed parsed, List<FeedEntry> entries) {
		// WebSub discovery: the HTTP Link header comes before the document's own links.
		URI hub = fetched.hub() != null ? fetched.hub() : parsed.hub();
		URI self = fetched.self() != null ? fetched.self() : parsed.self();
		return new ReadFeed(List.copyOf(entries), entries.size(), hub, self);
	}

	/** The keys {@link #parse} would give the body's items, and where they lie, without parsing it; empty when unsure. */
	Optional<Scan> scan(Fetched fetched) {
		return this.scanner.scan(fetched);
	}

	/**
	 * {@code feedOrder} sorted oldest first: by date, and where dates are equal or missing by
	 * reverse feed order, because feeds list their newest story first. Undated items count as oldest.
	 */
	static List<FeedEntry> oldestFirst(List<FeedEntry> feedOrder) {
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < feedOrder.size(); i++) {
			positions.add(i);
		}
		Comparator<Integer> byDate = Comparator.comparing((Integer i) -> feedOrder.get(i).published(),
				Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));
		positions.sort(byDate.thenComparing(Comparator.reverseOrder()));
		return positions.stream().map(feedOrder::get).toList();
	}

	static List<FeedEntry> newestFirst(List<FeedEntry> feedOrder) {
		List<FeedEntry> items = new ArrayList<>(oldestFirst(feedOrder));
		Collections.reverse(items);
		return List.copyOf(items);
	}

	/**
	 * One read of a feed: its usable items in feed order (all, or only those not known), how many
	 * the feed holds, and the WebSub hub and topic, if any.
	 */
	record ReadFeed(List<FeedEntry> entries, int items, URI hub, URI self) {

		/** The same read, of a feed that holds {@code count} items in all. */
		ReadFeed holding(int count) {
			return new ReadFeed(this.entries, count, this.hub, this.self);
		}
	}

}
