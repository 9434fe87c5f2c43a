\set n random(1, 5000)
UPDATE feed_schedule SET last_outcome = 'x' WHERE id = 'f' || :n;
