package nashir.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.rometools.modules.atom.modules.AtomLinkModule;
import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.MediaGroup;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.Thumbnail;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;

/**
 * The only class that knows Rome. Parses strictly first and, only if that fails, once more with
 * Rome's XML healer, which fixes bare {@code &} and HTML entities but costs ~40% of every parse.
 * DOCTYPEs stay refused (Rome's default), so no external entity is ever resolved (XXE) and no
 * entity can be expanded; elements nest at most {@value ParseLimits#MAX_DEPTH} deep and a parse
 * ends at {@code nashir.feed.parse-timeout}.
 */
final class FeedParser {

	private static final Pattern DECLARED_ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=");

	private final Duration parseTimeout;

	private final LongSupplier nanoTime;

	FeedParser(Duration parseTimeout) {
		this(parseTimeout, System::nanoTime);
	}

	FeedParser(Duration parseTimeout, LongSupplier nanoTime) {
		this.parseTimeout = parseTimeout;
		this.nanoTime = nanoTime;
	}

	ParsedFeed parse(byte[] body, String contentType, URI url) throws FeedException {
		byte[] xml = trimBeforeProlog(body);
		if (xml.length == 0) {
			throw new FeedException(url.toString(), "feed.error.emptyBody", "the server sent an empty body, not a feed");
		}
		if (looksLikeHtml(xml)) {
			throw new FeedException(url.toString(), "feed.error.html", "the server sent an HTML page, not a feed");
		}
		// One deadline for both tries: the healer's retry gets no fresh time.
		ParseLimits limits = new ParseLimits(this.parseTimeout, this.nanoTime);
		try (Reader strict = characters(xml, contentType)) {
			return build(strict, url, false, limits);
		}
		catch (com.rometools.rome.io.FeedException | RuntimeException | IOException strictFailure) {
			FeedException limit = limits.reason(url.toString(), strictFailure);
			if (limit != null) {
				throw limit;
			}
			try (Reader healed = characters(xml, contentType)) {
				return build(healed, url, true, limits);
			}
			// Rome and its modules throw unchecked exceptions on some malformed input: still one line.
			catch (com.rometools.rome.io.FeedException | RuntimeException | IOException ex) {
				FeedException healedLimit = limits.reason(url.toString(), ex);
				throw healedLimit != null ? healedLimit : explain(url.toString(), ex);
			}
		}
	}

	/**
	 * Parses characters already decoded and read once without error ({@link ItemKeyScanner}), with
	 * no healer: what is left of a changed feed once its known items are cut out.
	 */
	ParsedFeed parse(String text, URI url) throws FeedException {
		ParseLimits limits = new ParseLimits(this.parseTimeout, this.nanoTime);
		try {
			return build(new StringReader(text), url, false, limits);
		}
		catch (com.rometools.rome.io.FeedException | RuntimeException | IOException ex) {
			FeedException limit = limits.reason(url.toString(), ex);
			throw limit != null ? limit : explain(url.toString(), ex);
		}
	}

	private ParsedFeed build(Reader characters, URI url, boolean healer, ParseLimits limits)
			throws com.rometools.rome.io.FeedException, IOException {
		WireFeedInput input = new BoundedFeedInput(limits);
		input.setXmlHealerOn(healer);
		// As SyndFeedInput does, keeping the wire feed for the xml:base that the synd model drops.
		SyndFeed feed = new SyndFeedImpl(input.build(characters), true);
		URI feedBase = feed.originalWireFeed() instanceof Feed atom ? resolve(base(url, feed), atom.getXmlBase())
				: base(url, feed);
		List<RawEntry> entries = new ArrayList<>();
		for (SyndEntry entry : feed.getEntries()) {
			if (limits.expired()) {
				throw new IllegalStateException(limits.timeoutReason());
			}
			entries.add(entry(entry, feedBase));
		}
		return new ParsedFeed(entries, link(feed, "hub"), link(feed, "self"), healer);
	}

	/**
	 * The document's characters as the parse reads them: decoded by Rome's charset detection, the
	 * characters XML forbids dropped. {@link ItemKeyScanner} reads the same ones.
	 */
	static Reader characters(byte[] xml, String contentType) throws IOException {
		InputStream in = new ByteArrayInputStream(xml);
		// Without a charset parameter the Content-Type would make XmlReader assume US-ASCII for
		// text/xml (RFC 3023); the BOM and the XML declaration are the better witnesses then.
		boolean hasCharset = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("charset=");
		String type = hasCharset ? contentType : undeclaredLegacyCharset(xml) ? "text/xml; charset=windows-1252" : null;
		return new XmlCharFilterReader(type != null ? new XmlReader(in, type, true) : new XmlReader(in, true));
	}

	/**
	 * A whole body's characters ({@link #characters}, after {@link #trimBeforeProlog}) as one string,
	 * read straight into one array: a body decodes to at most as many characters as it has bytes.
	 */
	static String text(byte[] body, String contentType) throws IOException {
		byte[] xml = trimBeforeProlog(body);
		try (Reader characters = characters(xml, contentType)) {
			char[] read = new char[Math.max(1_024, xml.length)];
			int length = 0;
			for (int n; (n = characters.read(read, length, read.length - length)) >= 0;) {
				length += n;
				if (length == read.length) {
					read = Arrays.copyOf(read, 2 * read.length);
				}
			}
			return new String(read, 0, length);
		}
	}

	/** Rome's own SAX setup (no DOCTYPE, no external entities) with the depth and time limits added. */
	private static final class BoundedFeedInput extends WireFeedInput {

		private final ParseLimits limits;

		BoundedFeedInput(ParseLimits limits) {
			this.limits = limits;
		}

		@Override
		protected SAXBuilder createSAXBuilder() {
			SAXBuilder builder = super.createSAXBuilder();
			builder.setProperty(ParseLimits.MAX_DEPTH_PROPERTY, String.valueOf(ParseLimits.MAX_DEPTH));
			builder.setXMLFilter(this.limits.deadlineFilter());
			return builder;
		}

	}

	private RawEntry entry(SyndEntry entry, URI feedBase) {
		Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
		URI base = entry.getWireEntry() instanceof Entry atom ? resolve(feedBase, atom.getXmlBase()) : feedBase;
		return new RawEntry(base, entry.getUri(), title(entry), entry.getLink(), date == null ? null : date.toInstant(),
				entry.getCategories().stream().map((category) -> category.getName()).filter(Objects::nonNull).toList(),
				entry.getAuthor(), entry.getDescription() == null ? null : entry.getDescription().getValue(),
				entry.getContents().stream().map(SyndContent::getValue).filter(Objects::nonNull).findFirst().orElse(null),
				images(entry));
	}

	/** {@code <title>}, else Dublin Core's {@code dc:title}, which some feeds give instead. */
	private static String title(SyndEntry entry) {
		if (entry.getTitle() != null && !entry.getTitle().isBlank()) {
			return entry.getTitle();
		}
		return entry.getModule(DCModule.URI) instanceof DCModule dc ? dc.getTitle() : entry.getTitle();
	}

	private List<String> images(SyndEntry entry) {
		List<String> images = new ArrayList<>();
		if (entry.getModule(MediaEntryModule.URI) instanceof MediaEntryModule media) {
			Stream<MediaContent> contents = Stream.concat(Stream.of(media.getMediaContents()),
					Stream.of(media.getMediaGroups()).flatMap((group) -> Stream.of(group.getContents())));
			contents.filter(FeedParser::isImage)
				.map(MediaContent::getReference)
				.filter(UrlReference.class::isInstance)
				.map((reference) -> String.valueOf(((UrlReference) reference).getUrl()))
				.forEach(images::add);
			Stream.concat(Stream.of(media.getMetadata()), Stream.of(media.getMediaGroups()).map(MediaGroup::getMetadata))
				.filter(Objects::nonNull)
				.map(Metadata::getThumbnail)
				.flatMap(Stream::of)
				.map(Thumbnail::getUrl)
				.filter(Objects::nonNull)
				.map(URI::toString)
				.forEach(images::add);
		}
		entry.getEnclosures()
			.stream()
			.filter((enclosure) -> enclosure.getType() != null && enclosure.getType().startsWith("image/"))
			.map(SyndEnclosure::getUrl)
			.filter(Objects::nonNull)
			.forEach(images::add);
		return images;
	}

	private static boolean isImage(MediaContent content) {
		return "image".equals(content.getMedium()) || content.getType() != null && content.getType().startsWith("image/");
	}

	/**
	 * Atom names hub and self as feed links; in RSS 2.0 they are atom:link elements, which
	 * rome-modules reads into an {@link AtomLinkModule}.
	 */
	private static URI link(SyndFeed feed, String rel) {
		Stream<String> atomLinks = feed.getLinks().stream().filter((link) -> rel.equals(link.getRel())).map(SyndLink::getHref);
		Stream<String> rssLinks = feed.getModule(AtomLinkModule.URI) instanceof AtomLinkModule module
				? module.getLinks().stream().filter((link) -> rel.equals(link.getRel())).map(Link::getHref) : Stream.empty();
		return Stream.concat(atomLinks, rssLinks).filter(Objects::nonNull).findFirst().map(FeedParser::uri).orElse(null);
	}

	/** A feed read from a file has no web address of its own: its relative links resolve against its site's link. */
	private static URI base(URI url, SyndFeed feed) {
		if (!"file".equalsIgnoreCase(url.getScheme()) || feed.getLink() == null) {
			return url;
		}
		URI site = uri(feed.getLink());
		return site != null && site.isAbsolute() ? site : url;
	}

	private static URI resolve(URI base, String xmlBase) {
		URI relative = xmlBase == null ? null : uri(xmlBase);
		return relative == null ? base : base.resolve(relative);
	}

	/** A link's {@code href} as Rome gives it, or {@code null} when it is no URI. */
	static URI uri(String href) {
		try {
			return URI.create(href.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Blank lines before {@code <?xml} make the declaration illegal; a server's template often adds them. */
	static byte[] trimBeforeProlog(byte[] body) {
		int bom = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF ? 3 : 0;
		int start = bom;
		while (start < body.length && (body[start] == ' ' || body[start] == '\t' || body[start] == '\n' || body[start] == '\r')) {
			start++;
		}
		if (start == bom) {
			return body;
		}
		byte[] trimmed = new byte[bom + body.length - start];
		System.arraycopy(body, 0, trimmed, 0, bom);
		System.arraycopy(body, start, trimmed, bom, body.length - start);
		return trimmed;
	}

	/**
	 * Old Latin-1 feeds often declare no charset at all, and XML's default (UTF-8) turns their
	 * accents into U+FFFD. Bytes that are not UTF-8, without BOM or declared encoding, are read
	 * as windows-1252 (a superset of ISO-8859-1) instead.
	 */
	static boolean undeclaredLegacyCharset(byte[] xml) {
		String head = new String(xml, 0, Math.min(xml.length, 200), StandardCharsets.ISO_8859_1);
		if (head.startsWith("\u00ef\u00bb\u00bf") || head.startsWith("\u00fe\u00ff") || head.startsWith("\u00ff\u00fe")
				|| DECLARED_ENCODING.matcher(head).find()) {
			return false;
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(xml));
			return false;
		}
		catch (CharacterCodingException ex) {
			return true;
		}
	}

	private static boolean looksLikeHtml(byte[] xml) {
		String head = new String(xml, 0, Math.min(xml.length, 256), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		head = head.startsWith("\u00ef\u00bb\u00bf") ? head.substring(3) : head;
		return head.startsWith("<!doctype html") || head.startsWith("<html");
	}

	private static FeedException explain(String url, Exception ex) {
		String message = String.valueOf(ex.getMessage()).replaceAll("\\s+", " ").trim();
		if (message.contains("DOCTYPE is disallowed")) {
			return new FeedException(url, "feed.error.doctype",
					"the feed declares a DOCTYPE, which is refused for safety (entities could read local files)");
		}
		if (ex instanceof IllegalArgumentException) {
			return new FeedException(url, "feed.error.notFeed", "not an RSS or Atom feed (" + shorten(message) + ")",
					shorten(message));
		}
		if (ex instanceof RuntimeException) {
			return new FeedException(url, "feed.error.unparsable",
					"the feed could not be parsed (" + ex.getClass().getSimpleName() + ")", ex.getClass().getSimpleName());
		}
		if (ex instanceof IOException) {
			return new FeedException(url, "feed.error.charset", "cannot decode the feed's characters (" + shorten(message) + ")",
					shorten(message));
		}
		return new FeedException(url, "feed.error.notXml", "not well-formed XML (" + shorten(message) + ")", shorten(message));
	}

	private static String shorten(String message) {
		return message.length() <= 160 ? message : message.substring(0, 159) + "…";
	}

}
