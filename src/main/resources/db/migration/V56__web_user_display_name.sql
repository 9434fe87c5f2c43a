-- Owned by the web feature: the name a user is shown by, in any script ("نور الحكيمي"), beside the
-- Latin user name they sign in with. Empty until an admin sets it. Safe to run again (IF NOT EXISTS).
ALTER TABLE web_user ADD COLUMN IF NOT EXISTS display_name VARCHAR(100);
