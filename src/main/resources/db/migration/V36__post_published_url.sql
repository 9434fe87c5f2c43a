-- Owned by the queue: where people read a published post on a network whose address is not made
-- from its id alone (a Telegram channel's, a Mastodon status's, a Bluesky record's); NULL for X,
-- whose address is made from tweet_id.
ALTER TABLE post ADD COLUMN IF NOT EXISTS published_url VARCHAR(500);
