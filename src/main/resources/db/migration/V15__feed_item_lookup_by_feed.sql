-- Feed feature: the ledger now asks for (feed, key) pairs, which both databases look up in the
-- primary key (feed_id, item_key) and in feed_item_link_key (feed_id, link_key). V13's indexes of
-- keys alone served the old lookup (every feed's row of a story, then filtered); nothing else reads
-- them, and every recorded item paid for them. Safe to run again.
DROP INDEX IF EXISTS feed_item_by_key;
DROP INDEX IF EXISTS feed_item_by_link_key;
