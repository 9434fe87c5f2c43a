-- Feed feature: WebSub (PubSubHubbub) subscriptions, one per feed. The secret signs pushed
-- bodies (X-Hub-Signature); a subscription is PENDING until the hub verifies it, then ACTIVE
-- until lease_expires_at, and is renewed before then.
CREATE TABLE IF NOT EXISTS websub_subscription (
    feed_id          VARCHAR(200)  NOT NULL PRIMARY KEY,
    hub_url          VARCHAR(2000) NOT NULL,
    topic_url        VARCHAR(2000) NOT NULL,
    secret           VARCHAR(100)  NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_expires_at TIMESTAMP WITH TIME ZONE
);
