-- A story whose feed gave no image: the article page's image is looked up when the post is sent,
-- not while the poll's transaction is open.
ALTER TABLE post ADD COLUMN IF NOT EXISTS find_image BOOLEAN DEFAULT FALSE NOT NULL;
