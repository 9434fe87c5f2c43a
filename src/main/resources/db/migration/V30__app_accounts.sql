-- Owned by the account feature: accounts added in the app ("Sign in with X"), beside those of the
-- configuration. Secrets are sealed (AES-256-GCM, the key of NASHIR_SECRET_KEY or data/secret.key)
-- and stored in base64; nothing else here is secret.
CREATE TABLE IF NOT EXISTS app_account (
    name                 VARCHAR(100)  NOT NULL PRIMARY KEY,
    type                 VARCHAR(20)   DEFAULT 'x' NOT NULL,
    consumer_key         VARCHAR(1000),
    consumer_secret      VARCHAR(1000),
    access_token         VARCHAR(1000),
    access_token_secret  VARCHAR(1000),
    x_user_id            VARCHAR(40),
    x_handle             VARCHAR(100),
    x_name               VARCHAR(200),
    x_picture_url        VARCHAR(2000),
    dry_run              BOOLEAN       DEFAULT FALSE NOT NULL,
    min_interval_seconds BIGINT        DEFAULT 0 NOT NULL,
    daily_cap            INTEGER       DEFAULT 0 NOT NULL,
    -- As QuietHours prints it (with its zone), or NULL.
    quiet_hours          VARCHAR(100),
    default_template     VARCHAR(2000),
    budget_daily         DECIMAL(12, 4),
    budget_monthly       DECIMAL(12, 4),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(100)  NOT NULL
);

-- Single sealed values by name: 'key-check' (a known text sealed with the key, so a wrong key fails
-- at start), 'x-consumer-key' and 'x-consumer-secret' (the X app an admin saved).
CREATE TABLE IF NOT EXISTS account_secret (
    name       VARCHAR(40)   NOT NULL PRIMARY KEY,
    sealed     VARCHAR(1000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(100)  NOT NULL
);
