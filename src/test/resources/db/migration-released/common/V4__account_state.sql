-- Owned by the queue feature: what Nashir knows about each account's right to post now.
CREATE TABLE account_state (
    account         VARCHAR(100)  NOT NULL PRIMARY KEY,
    paused          BOOLEAN       DEFAULT FALSE NOT NULL,
    paused_reason   VARCHAR(2000),
    paused_at       TIMESTAMP WITH TIME ZONE,
    -- No request is sent for this account before this time (X said 429).
    blocked_until   TIMESTAMP WITH TIME ZONE,
    rate_limit      INTEGER,
    rate_remaining  INTEGER,
    rate_reset      TIMESTAMP WITH TIME ZONE,
    daily_limit     INTEGER,
    daily_remaining INTEGER,
    daily_reset     TIMESTAMP WITH TIME ZONE,
    -- When the account last started a post: the pacing clock, shared by every node.
    last_sent_at    TIMESTAMP WITH TIME ZONE,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
