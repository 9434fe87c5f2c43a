-- Feed feature: V57 copied feed_item's failure columns to feed_item_failure; nothing reads them
-- now. Apart from V57 so that a V57 run again after a crash still finds them. Safe to run again.
ALTER TABLE feed_item DROP COLUMN IF EXISTS error;
ALTER TABLE feed_item DROP COLUMN IF EXISTS failed_at;
