\set r random(1, 5000)
\set r2 random(1, 5000)
BEGIN;
UPDATE feed_schedule SET last_poll_at = now(), last_outcome = 'not modified', claimed_by = NULL, claimed_until = NULL WHERE id = 'f' || :r AND claimed_by IS NULL;
UPDATE feed_schedule SET last_poll_at = now(), last_outcome = 'not modified', claimed_by = NULL, claimed_until = NULL WHERE id = 'f' || :r2 AND claimed_by IS NULL;
SELECT max(id) AS id, min(id) AS id2 FROM (SELECT s.id, s.content_hash, s.every_ms, s.phase_ms, s.cron, s.zone FROM feed_schedule s WHERE s.next_poll_at <= now() AND s.enabled = TRUE AND s.paused = FALSE AND (s.claimed_until IS NULL OR s.claimed_until < now()) ORDER BY s.next_poll_at LIMIT 18 FOR UPDATE OF s SKIP LOCKED) q \gset
UPDATE feed_schedule SET claimed_by = 'node-a', claimed_until = now() + interval '2 minutes', next_poll_at = next_poll_at + interval '1 day' WHERE id = :id;
UPDATE feed_schedule SET claimed_by = 'node-a', claimed_until = now() + interval '2 minutes', next_poll_at = next_poll_at + interval '1 day' WHERE id = :id2;
END;
SELECT feed_id, url, etag, last_modified, baseline_at, last_poll_at, last_success_at, consecutive_failures, last_error, retry_at, notice, notice_at, body_hash FROM feed_state WHERE feed_id = :id;
SELECT feed_id, url, etag, last_modified, baseline_at, last_poll_at, last_success_at, consecutive_failures, last_error, retry_at, notice, notice_at, body_hash FROM feed_state WHERE feed_id = :id2;
