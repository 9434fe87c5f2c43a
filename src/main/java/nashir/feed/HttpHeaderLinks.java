package nashir.feed;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The WebSub {@code hub} and {@code self} of HTTP {@code Link} headers (RFC 8288), resolved against the feed URL. */
record HttpHeaderLinks(URI hub, URI self) {

	private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;[^,<]*?rel\\s*=\\s*\"?([^\";,]+)\"?");

	static HttpHeaderLinks of(List<String> headers, URI base) {
		URI hub = null;
		URI self = null;
		for (String header : headers) {
			Matcher matcher = LINK.matcher(header);
			while (matcher.find()) {
				for (String rel : matcher.group(2).trim().toLowerCase(Locale.ROOT).split("\\s+")) {
					try {
						URI target = base.resolve(matcher.group(1).trim());
						hub = rel.equals("hub") && hub == null ? target : hub;
						self = rel.equals("self") && self == null ? target : self;
					}
					catch (IllegalArgumentException ex) {
						// A malformed link header only means no push for this feed.
					}
				}
			}
		}
		return new HttpHeaderLinks(hub, self);
	}

}
