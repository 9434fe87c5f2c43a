-- Owned by the web feature: who may use the newsroom app, with a bcrypt hash and one role each.
CREATE TABLE web_user (
    username      VARCHAR(100) NOT NULL PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    -- ADMIN, EDITOR or VIEWER, checked by the application: with a CHECK constraint here, H2 2.4
    -- refused every insert made on a connection other than the one that created the table
    role          VARCHAR(20)  NOT NULL,
    enabled       BOOLEAN      DEFAULT TRUE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
