-- Owned by operations: one row that the storage health check rewrites now and then, so that
-- liveness knows the database still takes writes (on a full disk H2 closes the database for good).
CREATE TABLE IF NOT EXISTS storage_probe (
    id         INTEGER      NOT NULL PRIMARY KEY,
    node       VARCHAR(200) NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO storage_probe (id, node, written_at)
SELECT 1, 'migration', CURRENT_TIMESTAMP WHERE NOT EXISTS (SELECT 1 FROM storage_probe WHERE id = 1);
