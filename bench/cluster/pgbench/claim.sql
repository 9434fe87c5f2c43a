BEGIN;
SELECT max(id) AS id, min(id) AS id2 FROM (SELECT s.id, s.content_hash, s.every_ms, s.phase_ms, s.cron, s.zone FROM feed_schedule s WHERE s.next_poll_at <= now() AND s.enabled = TRUE AND s.paused = FALSE AND (s.claimed_until IS NULL OR s.claimed_until < now()) ORDER BY s.next_poll_at LIMIT 18 FOR UPDATE OF s SKIP LOCKED) q \gset
UPDATE feed_schedule SET claimed_by = 'node-a', claimed_until = now() + interval '2 minutes', next_poll_at = next_poll_at + interval '1 day' WHERE id = :id;
END;
