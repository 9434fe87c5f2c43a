-- Queue feature: a post keeps what its feed or editor gave, however long (a feed's body is capped,
-- so nothing longer can arrive); an INSERT that failed on a long image URL lost the story. Free
-- text (reasons, notes, X's words) stays VARCHAR(2000) and is cut to fit before it is written.
-- Widening again to the same size changes nothing, so this is safe to run again after a crash.
ALTER TABLE post ALTER COLUMN title SET DATA TYPE VARCHAR(1000000);
ALTER TABLE post ALTER COLUMN link SET DATA TYPE VARCHAR(1000000);
ALTER TABLE post ALTER COLUMN text SET DATA TYPE VARCHAR(1000000);
ALTER TABLE post ALTER COLUMN image_url SET DATA TYPE VARCHAR(1000000);
