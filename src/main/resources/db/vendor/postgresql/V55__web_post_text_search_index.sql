-- Owned by the web feature (the publish log's search). The log folds Arabic spelling variants as
-- it reads (ArabicSearch.sql, the same expression in every query): LIKE '%word%' on it can use a
-- trigram index, made here when the operator has installed pg_trgm (installing it needs rights
-- the application should not have; run this migration's statement again after installing it).
-- The expression below must stay exactly ArabicSearch.sql("text") (ArabicSearchTests checks it).
-- Safe to run again (IF NOT EXISTS).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        EXECUTE 'CREATE INDEX IF NOT EXISTS ix_post_text_folded ON post USING gin ((LOWER(REPLACE(TRANSLATE(text, ''أإآٱؤئةىًٌٍؘَؙُؚِّْٰٕٖٜٟؐؑؒؓؔؕؖؗٓٔٗ٘ٙٚٛٝٞ'', ''ااااءءهيـــــــــــــــــــــــــــــــــ''), ''ـ'', ''''))) gin_trgm_ops)';
    END IF;
END
$$;
