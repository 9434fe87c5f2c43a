-- Owned by the feed feature: per-feed polling state and the ledger of every item ever seen.
CREATE TABLE feed_state (
    feed_id              VARCHAR(200)  NOT NULL PRIMARY KEY,
    url                  VARCHAR(2000) NOT NULL,
    etag                 VARCHAR(500),
    last_modified        VARCHAR(100),
    baseline_at          TIMESTAMP WITH TIME ZONE,
    last_poll_at         TIMESTAMP WITH TIME ZONE,
    last_success_at      TIMESTAMP WITH TIME ZONE,
    consecutive_failures INTEGER       DEFAULT 0 NOT NULL,
    last_error           VARCHAR(2000)
);

CREATE TABLE feed_item (
    feed_id       VARCHAR(200)  NOT NULL,
    item_key      VARCHAR(500)  NOT NULL,
    link          VARCHAR(2000),
    title         VARCHAR(2000),
    published_at  TIMESTAMP WITH TIME ZONE,
    first_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (feed_id, item_key)
);
