-- Owned by the web feature. A number every node compares with the one a session was signed in
-- with, on every request: changing a user's role, access or password raises it, which ends that
-- user's sessions on every node at once. Safe to run again (IF NOT EXISTS).
ALTER TABLE web_user ADD COLUMN IF NOT EXISTS session_stamp BIGINT DEFAULT 0 NOT NULL;
