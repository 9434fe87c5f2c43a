-- Owned by the web feature (the publish log's search): the post's text as the log searches it,
-- kept by the database on every write, whoever writes (a generated column), and computed for the
-- rows already there when it is added. Arabic spelling variants are folded as ArabicSearch folds
-- the words searched for (ArabicSearchTests checks that both agree): alef forms أ إ آ ٱ -> ا,
-- hamza on a seat ؤ ئ -> ء, taa marbuta ة -> ه, alef maqsura ى -> ي, and tatweel, harakat and
-- Quranic marks removed (mapped to tatweel, then tatweel removed). Safe to run again (IF NOT EXISTS).
ALTER TABLE post ADD COLUMN IF NOT EXISTS search_text VARCHAR(1000000)
    GENERATED ALWAYS AS (LOWER(REPLACE(TRANSLATE(text,
        U&'\0623\0625\0622\0671\0624\0626\0629\0649\0610\0611\0612\0613\0614\0615\0616\0617\0618\0619\061A\064B\064C\064D\064E\064F\0650\0651\0652\0653\0654\0655\0656\0657\0658\0659\065A\065B\065C\065D\065E\065F\0670',
        U&'\0627\0627\0627\0627\0621\0621\0647\064A\0640\0640\0640\0640\0640\0640\0640\0640\0640\0640\0640\0640\0640\0640\0640\0640\0640\0640\0640\0640\0640\0640\0640\0640\0640\0640\0640\0640\0640\0640\0640\0640\0640'),
        U&'\0640', ''))) STORED;
-- LIKE '%word%' can use a trigram index: made here when the operator has installed pg_trgm
-- (installing it needs rights the application should not have).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        EXECUTE 'CREATE INDEX IF NOT EXISTS ix_post_search_text ON post USING gin (search_text gin_trgm_ops)';
    END IF;
END
$$;
