-- Feed feature: "which of these keys does the ledger know?" is asked with IN lists of up to
-- 1,000 keys. H2 looks an IN list up in an index only by the index's first column; with the
-- feed id first it tests every row of the feed against the whole list (11 minutes for a feed
-- of 100,000 items). These let it look each key up. Safe to run again.
CREATE INDEX IF NOT EXISTS feed_item_by_key ON feed_item (item_key);
CREATE INDEX IF NOT EXISTS feed_item_by_link_key ON feed_item (link_key);
