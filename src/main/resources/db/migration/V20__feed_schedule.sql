-- Schedule feature: every schedule, whichever node reads it. A schedule file's text is kept whole
-- (every node parses it, by content hash) with the fields the sweep needs without parsing: when it
-- polls next, and which node polls it now (a claim that runs out, so a dead node's schedules are
-- taken over). A file whose text turned bad keeps its last good definition and says why in problem;
-- a file that was never good has no definition.
CREATE TABLE IF NOT EXISTS feed_schedule (
    id            VARCHAR(100)    NOT NULL PRIMARY KEY,
    origin        VARCHAR(10)     NOT NULL,
    definition    VARCHAR(262144),
    content_hash  VARCHAR(64),
    enabled       BOOLEAN         NOT NULL,
    paused        BOOLEAN         NOT NULL,
    problem       VARCHAR(2000),
    every_ms      BIGINT,
    cron          VARCHAR(200),
    zone          VARCHAR(100),
    phase_ms      BIGINT,
    next_poll_at  TIMESTAMP WITH TIME ZONE,
    claimed_by    VARCHAR(200),
    claimed_until TIMESTAMP WITH TIME ZONE,
    last_poll_at  TIMESTAMP WITH TIME ZONE,
    last_outcome  VARCHAR(200),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS feed_schedule_due ON feed_schedule (next_poll_at);
