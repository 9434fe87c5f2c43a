\set n random(1, 5000)
SELECT feed_id, url, etag, last_modified, baseline_at, last_poll_at, last_success_at, consecutive_failures, last_error, retry_at, notice, notice_at, body_hash FROM feed_state WHERE feed_id = 'f' || :n;
