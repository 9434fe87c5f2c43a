package nashir.feed;

import java.net.URI;
import java.util.List;

/**
 * A parsed feed: its entries in feed order and the WebSub hub and topic it names (or {@code null}).
 *
 * @param healed whether the first, strict parse failed and the XML healer was needed
 */
record ParsedFeed(List<RawEntry> entries, URI hub, URI self, boolean healed) {
}
