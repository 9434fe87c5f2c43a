package nashir.feed;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import com.ctc.wstx.stax.WstxInputFactory;
import nashir.feed.FetchResult.Fetched;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * A cheap look at a body before the full parse: one streaming pass (Woodstox) that reads only each
 * item's guid, id, link and {@code rdf:about}, its title and its dates, and gives the keys the full
 * parse would give ({@link ItemIdentity}, after {@link ItemProcessor} drops items without an http(s)
 * link and {@link ItemIdentity#distinct} drops repeats), what Rome would read as each item's title
 * and date, and where each item lies in the document, so that only the items that are new (or, on
 * a first read, handed on) need Rome's parse. It reads the same characters as the parse
 * ({@link FeedParser#text}) under the same depth and time bounds.
 * <p>
 * Where Rome's reading is not certain to match, it gives up and the full parse decides: RSS other
 * than 2.0 and 1.0, Atom 0.3, relative or {@code xml:base}-dependent Atom links, Atom titles of
 * markup ({@code type="xhtml"}), a DOCTYPE, any XML error (the healer may still read it), a feed
 * read from a file whose item links are not all absolute http(s) URLs, no item at all.
 */
final class ItemKeyScanner {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

	private static final String RSS1 = "http://purl.org/rss/1.0/";

	private static final String RSS2 = XMLConstants.NULL_NS_URI;

	private static final String DC = "http://purl.org/dc/elements/1.1/";

	enum Format {

		RSS2, RSS1, ATOM

	}

	private final Duration timeout;

	/** Safe to share once configured (Woodstox: FasterXML/woodstox#120), and its symbol tables then serve every scan. */
	private final XMLInputFactory factory = new WstxInputFactory();

	ItemKeyScanner(Duration parseTimeout) {
		this.timeout = parseTimeout;
		this.factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		this.factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
	}

	/** The feed's items as the full parse would key them; empty when only the full parse can tell. */
	Optional<Scan> scan(Fetched fetched) {
		try {
			String text = FeedParser.text(fetched.body(), fetched.contentType());
			XMLStreamReader2 xml = (XMLStreamReader2) this.factory.createXMLStreamReader(new StringReader(text));
			try {
				return new Pass(xml, fetched.url(), new ParseLimits(this.timeout)).run(text);
			}
			finally {
				xml.close();
			}
		}
		catch (IOException | XMLStreamException | RuntimeException ex) {
			// The full parse names what is wrong, or heals it.
			return Optional.empty();
		}
	}

	/**
	 * What a scan read: the document's characters, its items in feed order and the keys the full
	 * parse would give them, each once.
	 */
	record Scan(String text, List<Item> items, Set<String> keys, WebSubLinks links) {

		/**
		 * The channel alone, without its items, as Rome's parse gives it: its WebSub hub and topic
		 * ({@link FeedParser}: the first link of each relation). Empty where only that parse can tell:
		 * RSS 1.0, a link that is not absolute, an Atom link anywhere but at the channel's own level.
		 */
		Optional<ParsedFeed> channel() {
			if (this.links == null) {
				return Optional.empty();
			}
			return Optional.of(new ParsedFeed(List.of(), this.links.hub(), this.links.self(), false));
		}

		/**
		 * The document without the items whose key is in {@code known} and those the full path drops:
		 * what is left for the parse to read, with every element around the items (the channel, its
		 * namespaces) as it was.
		 */
		String without(Set<String> known) {
			StringBuilder left = new StringBuilder(this.text.length());
			int from = 0;
			for (Item item : this.items) {
				if (item.key() == null || known.contains(item.key())) {
					left.append(this.text, from, item.start());
					from = item.end();
				}
			}
			return left.append(this.text, from, this.text.length()).toString();
		}

	}

	/**
	 * One item element: its key and link as the full parse would give them (no key where it drops
	 * the item: a repeat of an earlier item's key or link, or, with no link either, an item without
	 * an http(s) link), its link, title and dates as written, and its characters {@code [start, end)}.
	 */
	record Item(String key, URI link, Written written, int start, int end) {

		/** The item's title as Rome gives it ({@link FeedParser}: its own title, else Dublin Core's): markup not yet removed. */
		String title() {
			return this.written.title != null && !this.written.title.isBlank() || this.written.dcTitle == null
					? this.written.title : this.written.dcTitle;
		}

		/**
		 * The item's date as the full parse gives it ({@link FeedDates}): Dublin Core's
		 * date before RSS's {@code pubDate}, Atom's {@code published} before Dublin Core's, and Atom's
		 * {@code updated} when there is neither. Parsed only when asked: a changed poll never asks.
		 */
		Instant published() {
			Written w = this.written;
			Instant published = w.format == Format.ATOM ? first(FeedDates.parse(w.date), FeedDates.parse(w.dcDate))
					: first(FeedDates.parse(w.dcDate), FeedDates.parse(w.date));
			return first(published, FeedDates.parse(w.updated));
		}

		private static Instant first(Instant preferred, Instant other) {
			return preferred != null ? preferred : other;
		}

	}

	/** The first hub and self links of a channel, both absolute or {@code null}. */
	record WebSubLinks(URI hub, URI self) {
	}

	/**
	 * What an item says of its link, title and dates, as JDOM's {@code getText()} gives each element's
	 * text: the link Rome would take, the first {@code title} and {@code dc:title}, the format's own
	 * date (RSS {@code pubDate}, Atom {@code published}), the first {@code dc:date}, and Atom's {@code updated}.
	 */
	record Written(Format format, String link, String title, String dcTitle, String date, String dcDate, String updated) {
	}

	/** One pass over one document. */
	private static final class Pass {

		private final XMLStreamReader2 xml;

		private final URI feedUrl;

		private final ParseLimits limits;

		private final List<Item> items = new ArrayList<>();

		private Format format;

		private int depth;

		private boolean channelSeen;

		private boolean inChannel;

		private Entry entry;

		/** The first {@code href} of the channel's hub and self links, as written. */
		private String hub;

		private String self;

		/** Whether an Atom link lies where the scan cannot tell how Rome reads it. */
		private boolean linksUnsure;

		/** The field whose text is being read, and how deep it is. */
		private StringBuilder text;

		private int textDepth;

		Pass(XMLStreamReader2 xml, URI feedUrl, ParseLimits limits) {
			this.xml = xml;
			this.feedUrl = feedUrl;
			this.limits = limits;
		}

		Optional<Scan> run(String text) throws XMLStreamException {
			while (this.xml.hasNext()) {
				int event = this.xml.next();
				if (this.limits.expired() || event == XMLStreamConstants.DTD) {
					return Optional.empty();
				}
				if (event == XMLStreamConstants.START_ELEMENT && !start()) {
					return Optional.empty();
				}
				if (event == XMLStreamConstants.END_ELEMENT && !end()) {
					return Optional.empty();
				}
				if (this.text != null && this.depth == this.textDepth && (event == XMLStreamConstants.CHARACTERS
						|| event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
					this.text.append(this.xml.getText());
				}
			}
			if (this.items.isEmpty() || this.format == Format.RSS1 && !this.channelSeen) {
				return Optional.empty();
			}
			List<Item> keyed = this.items.stream().filter((item) -> item.key() != null).toList();
			// By identity: an item's record hash would hash all it read.
			Set<Item> read = Collections.newSetFromMap(new IdentityHashMap<>());
			read.addAll(ItemIdentity.distinct(keyed, Item::key, Item::link));
			Set<String> keys = new LinkedHashSet<>();
			List<Item> items = new ArrayList<>();
			for (Item item : this.items) {
				boolean kept = read.contains(item);
				if (kept) {
					keys.add(item.key());
				}
				items.add(kept ? item : new Item(null, item.link(), item.written(), item.start(), item.end()));
			}
			return Optional.of(new Scan(text, List.copyOf(items), keys, webSubLinks()));
		}

		/** Returns false when the document is beyond what the scan can read as Rome does. */
		private boolean start() throws XMLStreamException {
			this.depth++;
			if (this.depth > ParseLimits.MAX_DEPTH) {
				return false;
			}
			String ns = this.xml.getNamespaceURI() == null ? RSS2 : this.xml.getNamespaceURI();
			String name = this.xml.getLocalName();
			if (this.depth == 1) {
				this.format = format(ns, name);
			}
			if (this.format == null || this.format == Format.ATOM && (this.depth <= 2 || name.equals("link"))
					&& this.xml.getAttributeValue(XMLConstants.XML_NS_URI, "base") != null) {
				// An xml:base on the feed, an entry or a link changes what the entry's link resolves to.
				return false;
			}
			if (this.depth == 1) {
				return true;
			}
			if (this.depth == 2 && this.format == Format.RSS2 && ns.equals(RSS2) && name.equals("channel")) {
				// Rome reads the items of the first channel only.
				this.inChannel = !this.channelSeen;
				this.channelSeen = true;
			}
			else if (this.depth == 2 && this.format == Format.RSS1 && ns.equals(RSS1) && name.equals("channel")) {
				this.channelSeen = true;
			}
			else if (this.depth == itemDepth() && isItem(ns, name)) {
				this.entry = new Entry(Math.toIntExact(this.xml.getLocationInfo().getStartingCharOffset()));
				this.entry.about = this.format == Format.RSS1 ? this.xml.getAttributeValue(RDF, "about") : null;
			}
			else if (this.entry == null && ns.equals(ATOM) && name.equals("link")) {
				channelLink();
			}
			else if (this.entry != null && this.depth == itemDepth() + 1) {
				return field(ns, name);
			}
			return true;
		}

		/** A channel's {@code atom:link} (Atom: the feed's {@code link}): the first hub and self, as Rome picks them. */
		private void channelLink() {
			boolean channelLevel = this.format == Format.RSS2 ? this.depth == 3 && this.inChannel
					: this.format == Format.ATOM && this.depth == 2;
			if (!channelLevel) {
				this.linksUnsure = true;
				return;
			}
			String rel = this.xml.getAttributeValue(null, "rel");
			String href = this.xml.getAttributeValue(null, "href");
			if (href != null && "hub".equals(rel) && this.hub == null) {
				this.hub = href;
			}
			if (href != null && "self".equals(rel) && this.self == null) {
				this.self = href;
			}
		}

		private WebSubLinks webSubLinks() {
			URI hub = absolute(this.hub);
			URI self = absolute(this.self);
			boolean sure = this.format != Format.RSS1 && !this.linksUnsure && (this.hub == null || hub != null)
					&& (this.self == null || self != null);
			return sure ? new WebSubLinks(hub, self) : null;
		}

		/** As {@link FeedParser} reads a link's {@code href}: only an absolute one, which Rome takes as it is. */
		private static URI absolute(String href) {
			URI uri = href == null ? null : FeedParser.uri(href);
			return uri != null && uri.isAbsolute() ? uri : null;
		}

		private Format format(String ns, String name) {
			if (ns.equals(RSS2) && name.equals("rss")) {
				String version = this.xml.getAttributeValue(null, "version");
				return version != null && version.trim().equals("2.0") ? Format.RSS2 : null;
			}
			if (ns.equals(ATOM) && name.equals("feed")) {
				return Format.ATOM;
			}
			return ns.equals(RDF) && name.equals("RDF") ? Format.RSS1 : null;
		}

		private int itemDepth() {
			return this.format == Format.RSS2 ? 3 : 2;
		}

		private boolean isItem(String ns, String name) {
			return switch (this.format) {
				case RSS2 -> this.inChannel && ns.equals(RSS2) && name.equals("item");
				case RSS1 -> ns.equals(RSS1) && name.equals("item");
				case ATOM -> ns.equals(ATOM) && name.equals("entry");
			};
		}

		/** Reads the first guid or id, link, title and date of an item, as Rome's parsers pick them. */
		private boolean field(String ns, String name) {
			Entry entry = this.entry;
			String own = this.format == Format.RSS2 ? RSS2 : this.format == Format.RSS1 ? RSS1 : ATOM;
			if (ns.equals(own) && name.equals("title") && entry.title == null) {
				// Rome writes an Atom title of markup out as XML: only text and escaped HTML read as they are.
				String type = this.format == Format.ATOM ? this.xml.getAttributeValue(null, "type") : null;
				entry.title = read();
				return type == null || type.equals("text") || type.equals("html");
			}
			else if (ns.equals(DC) && name.equals("title") && entry.dcTitle == null) {
				entry.dcTitle = read();
			}
			else if (ns.equals(DC) && name.equals("date") && entry.dcDate == null) {
				entry.dcDate = read();
			}
			else if (ns.equals(own) && name.equals(this.format == Format.ATOM ? "published" : "pubDate") && entry.date == null
					&& this.format != Format.RSS1) {
				entry.date = read();
			}
			else if (this.format == Format.ATOM && ns.equals(ATOM) && name.equals("updated") && entry.updated == null) {
				entry.updated = read();
			}
			else if (this.format == Format.RSS2 && ns.equals(RSS2) && name.equals("guid") && entry.id == null) {
				String permaLink = this.xml.getAttributeValue(null, "isPermaLink");
				entry.permaLink = permaLink == null || permaLink.equalsIgnoreCase("true");
				entry.id = read();
			}
			else if (this.format == Format.ATOM && ns.equals(ATOM) && name.equals("id") && entry.id == null) {
				entry.id = read();
			}
			else if (this.format != Format.ATOM && ns.equals(this.format == Format.RSS2 ? RSS2 : RSS1) && name.equals("link")
					&& entry.link == null) {
				entry.link = read();
			}
			else if (this.format == Format.ATOM && ns.equals(ATOM) && name.equals("link")) {
				return atomLink(entry);
			}
			return true;
		}

		/** Only absolute alternate links: a relative one resolves against bases only Rome follows exactly. */
		private boolean atomLink(Entry entry) {
			String rel = this.xml.getAttributeValue(null, "rel");
			if (rel != null && !rel.equals("alternate")) {
				return !rel.isBlank();
			}
			if (entry.link != null) {
				return true;
			}
			String href = this.xml.getAttributeValue(null, "href");
			if (href == null || !href.equals(href.strip()) || !(href.startsWith("http://") || href.startsWith("https://"))) {
				return false;
			}
			entry.link = new StringBuilder(href);
			return true;
		}

		private StringBuilder read() {
			this.text = new StringBuilder();
			this.textDepth = this.depth;
			return this.text;
		}

		/** Returns false when an item's link is beyond what the scan can resolve as Rome's path does. */
		private boolean end() throws XMLStreamException {
			if (this.text != null && this.depth == this.textDepth) {
				this.text = null;
			}
			if (this.entry != null && this.depth == itemDepth()) {
				Item item = this.entry.item(this.format, this.feedUrl,
						Math.toIntExact(this.xml.getLocationInfo().getEndingCharOffset()));
				if (item == null) {
					return false;
				}
				this.items.add(item);
				this.entry = null;
			}
			if (this.depth == 2) {
				this.inChannel = false;
			}
			this.depth--;
			return true;
		}

	}

	/** What the scan read of one item: text as JDOM's {@code getText()} gives it (direct text only). */
	private static final class Entry {

		private final int start;

		private StringBuilder id;

		private boolean permaLink = true;

		private StringBuilder link;

		private String about;

		private StringBuilder title;

		private StringBuilder dcTitle;

		private StringBuilder date;

		private StringBuilder dcDate;

		private StringBuilder updated;

		Entry(int start) {
			this.start = start;
		}

		/**
		 * The item as the full parse would key it, without key when it would drop it for want of an
		 * http(s) link; {@code null} for a feed read from a file whose item link is not an absolute
		 * http(s) URL: the full path resolves such a link against the site's own link.
		 */
		Item item(Format format, URI feedUrl, int end) {
			String id = text(this.id);
			String link = text(this.link);
			String uri = switch (format) {
				// Rome: the guid is the uri; without one the link is; a permalink guid stands in for a missing link.
				case RSS2 -> id != null ? id : link;
				case RSS1 -> this.about;
				case ATOM -> id;
			};
			if (format == Format.RSS2 && link == null && id != null && this.permaLink) {
				link = id;
			}
			Written written = new Written(format, link, text(this.title), text(this.dcTitle), text(this.date),
					text(this.dcDate), text(this.updated));
			URI absolute = ItemProcessor.absolute(link, feedUrl);
			if (absolute == null && link != null && !isWeb(feedUrl)) {
				return null;
			}
			if (absolute == null) {
				return new Item(null, null, written, this.start, end);
			}
			return new Item(ItemIdentity.key(uri, absolute, null, null), absolute, written, this.start, end);
		}

		private static String text(StringBuilder read) {
			return read == null ? null : read.toString();
		}

		private static boolean isWeb(URI feedUrl) {
			return "http".equalsIgnoreCase(feedUrl.getScheme()) || "https".equalsIgnoreCase(feedUrl.getScheme());
		}

	}

}
