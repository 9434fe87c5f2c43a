-- Beside Quartz's own tables (vendor V1): setups that migrate without the vendor scripts have none to clean.
-- Schedule feature: feeds are polled by each node's sweep over feed_schedule, no longer by a Quartz
-- trigger per schedule. The triggers and jobs the older versions stored (group 'feeds') go, children
-- first; nothing else of Quartz's is touched. Deleting again deletes nothing.
DELETE FROM qrtz_fired_triggers WHERE trigger_group = 'feeds';
DELETE FROM qrtz_simple_triggers WHERE trigger_group = 'feeds';
DELETE FROM qrtz_cron_triggers WHERE trigger_group = 'feeds';
DELETE FROM qrtz_simprop_triggers WHERE trigger_group = 'feeds';
DELETE FROM qrtz_blob_triggers WHERE trigger_group = 'feeds';
DELETE FROM qrtz_paused_trigger_grps WHERE trigger_group = 'feeds';
DELETE FROM qrtz_triggers WHERE trigger_group = 'feeds';
DELETE FROM qrtz_job_details WHERE job_group = 'feeds';
