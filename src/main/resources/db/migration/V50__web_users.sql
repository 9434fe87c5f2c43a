-- Owned by the web feature: who may use the newsroom app, with a bcrypt hash and one role each.
CREATE TABLE web_user (
    username      VARCHAR(100) NOT NULL PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    enabled       BOOLEAN      DEFAULT TRUE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_web_user_role CHECK (role IN ('ADMIN', 'EDITOR', 'VIEWER'))
);
