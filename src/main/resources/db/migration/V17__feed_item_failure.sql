-- Feed feature: why an item could not be handed on moves to a table of its own. Few items fail,
-- yet every item recorded paid for feed_item's (feed_id, failed_at) index: a fourth of the index
-- work of a first read, which records fifty items at once. Safe to run again (the rows are copied
-- once). feed_item keeps its columns error and failed_at, no longer written or read: on H2, dropping
-- a column copies the whole table (about 30 s and gigabytes of file per million items, twice),
-- long enough for a start-up probe to kill the node mid-upgrade.
CREATE TABLE IF NOT EXISTS feed_item_failure (
    feed_id   VARCHAR(200)  NOT NULL,
    item_key  VARCHAR(500)  NOT NULL,
    error     VARCHAR(1000) NOT NULL,
    failed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (feed_id, item_key)
);
CREATE INDEX IF NOT EXISTS feed_item_failure_latest ON feed_item_failure (feed_id, failed_at);
INSERT INTO feed_item_failure (feed_id, item_key, error, failed_at)
    SELECT i.feed_id, i.item_key, COALESCE(i.error, ''), i.failed_at FROM feed_item i
    WHERE i.failed_at IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM feed_item_failure f WHERE f.feed_id = i.feed_id AND f.item_key = i.item_key);
DROP INDEX IF EXISTS feed_item_failed;
