-- Feed feature: the SHA-256 of the last body read, so that a 200 repeating it is not parsed again.
ALTER TABLE feed_state ADD COLUMN IF NOT EXISTS body_hash VARCHAR(64);
