package nashir.feed;

import java.time.Instant;

/**
 * An item of a feed that could not be handed on (composed and queued) while the rest of the feed
 * went on. It stays in the ledger as seen: an editor can post it by hand.
 *
 * @param key the item's key in the ledger (guid, link or a hash)
 * @param reason one line: what refused it
 */
public record ItemFailure(String key, String title, String link, String reason, Instant failedAt) {
}
