package nashir.feed;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLFilter;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The bounds of one parse: how deep elements may nest, enforced by the JDK's own XML parser
 * ({@code jdk.xml.maxElementDepth}), and how long it may take, enforced by a SAX filter that looks
 * at the clock at every element and every run of text. Real feeds nest 9 levels at most (Atom
 * with XHTML content in the test corpus); 200,000 nested elements once cost minutes of CPU.
 */
final class ParseLimits {

	static final int MAX_DEPTH = 100;

	/** The JDK parser's name for {@code jdk.xml.maxElementDepth} when set on one parser. */
	static final String MAX_DEPTH_PROPERTY = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

	private final Duration timeout;

	private final LongSupplier nanoTime;

	private final long deadline;

	ParseLimits(Duration timeout) {
		this(timeout, System::nanoTime);
	}

	/** With the clock given, so a test can tell how far the parse went before it stopped. */
	ParseLimits(Duration timeout, LongSupplier nanoTime) {
		this.timeout = timeout;
		this.nanoTime = nanoTime;
		this.deadline = nanoTime.getAsLong() + timeout.toNanos();
	}

	boolean expired() {
		return this.nanoTime.getAsLong() - this.deadline > 0;
	}

	/** A filter for the SAX parser that stops it once the time is up. */
	XMLFilter deadlineFilter() {
		return new XMLFilterImpl() {

			@Override
			public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
				check();
				super.startElement(uri, localName, qName, atts);
			}

			@Override
			public void characters(char[] ch, int start, int length) throws SAXException {
				check();
				super.characters(ch, start, length);
			}

		};
	}

	private void check() throws SAXException {
		if (expired()) {
			throw new SAXException(timeoutReason());
		}
	}

	String timeoutReason() {
		return "parsing took longer than " + this.timeout.toMillis() + " ms (nashir.feed.parse-timeout)";
	}

	/** The reason when {@code failure} was one of these limits, else {@code null}. */
	FeedException reason(String url, Throwable failure) {
		if (expired()) {
			return new FeedException(url, "feed.error.parseTimeout", timeoutReason(), this.timeout.toMillis());
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (String.valueOf(cause.getMessage()).contains("maxElementDepth")) {
				return new FeedException(url, "feed.error.tooDeep",
						"elements nest deeper than " + MAX_DEPTH + " levels, which no real feed needs", MAX_DEPTH);
			}
		}
		return null;
	}

}
