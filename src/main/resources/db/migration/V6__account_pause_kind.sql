-- Queue feature: why X paused an account (CREDENTIALS, CREDITS or PERMISSION) and, while its
-- credits are used up, when it next tries one post. Safe to run again after a crash: H2 has no
-- transactional DDL.
ALTER TABLE account_state ADD COLUMN IF NOT EXISTS pause_kind VARCHAR(20);
ALTER TABLE account_state ADD COLUMN IF NOT EXISTS probe_at TIMESTAMP WITH TIME ZONE;
-- Before this version only a 401 paused an account.
UPDATE account_state SET pause_kind = 'CREDENTIALS' WHERE paused = TRUE AND pause_kind IS NULL;
