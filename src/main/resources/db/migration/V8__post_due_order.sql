-- Queue: an account's next post is asked for before each send. With only (status, due_at), every
-- due post of every account was read and sorted each time, so a burst of stories read the whole
-- backlog once per post. In the order the dispatcher sends (urgent first, then due time, story
-- time, id) after the account and state, the first index entry is the answer. Safe to run again.
CREATE INDEX IF NOT EXISTS ix_post_account_due ON post (account, status, urgent DESC, due_at, story_at, id);
