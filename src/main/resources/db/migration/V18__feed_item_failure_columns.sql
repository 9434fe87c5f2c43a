-- Feed feature: V17 copied feed_item's failure columns to feed_item_failure; nothing reads them
-- now. Apart from V17 so that a V17 run again after a crash still finds them. Safe to run again.
ALTER TABLE feed_item DROP COLUMN IF EXISTS error;
ALTER TABLE feed_item DROP COLUMN IF EXISTS failed_at;
