-- Feed feature: an item that could not be handed on stays in the ledger with the reason, so the
-- rest of its feed goes on and the page can name it; and a feed's last note (e.g. new items
-- beyond nashir.feed.max-items-per-poll recorded without posting). Safe to run again.
ALTER TABLE feed_item ADD COLUMN IF NOT EXISTS error VARCHAR(1000);
ALTER TABLE feed_item ADD COLUMN IF NOT EXISTS failed_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX IF NOT EXISTS feed_item_failed ON feed_item (feed_id, failed_at);
ALTER TABLE feed_state ADD COLUMN IF NOT EXISTS notice VARCHAR(2000);
ALTER TABLE feed_state ADD COLUMN IF NOT EXISTS notice_at TIMESTAMP WITH TIME ZONE;
