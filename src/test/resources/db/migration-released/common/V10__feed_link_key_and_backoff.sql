-- Feed feature: a second identity per item (hash of its canonical link), so one story that a
-- site republishes under a new guid is recognised; and the time before which a failing feed
-- is not polled again (exponential back-off or the server's Retry-After).
ALTER TABLE feed_item ADD COLUMN link_key VARCHAR(64);
CREATE INDEX feed_item_link_key ON feed_item (feed_id, link_key);
ALTER TABLE feed_state ADD COLUMN retry_at TIMESTAMP WITH TIME ZONE;
