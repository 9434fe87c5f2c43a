-- Owned by the account feature: accounts of Telegram, Mastodon and Bluesky connected in the app by a
-- form (type 'telegram', 'mastodon', 'bluesky'). Their secrets are sealed as X's are: bot_token and
-- app_password here, Mastodon's access token in access_token. chat, instance, handle and service are
-- not secret.
ALTER TABLE app_account ADD COLUMN IF NOT EXISTS bot_token VARCHAR(1000);
ALTER TABLE app_account ADD COLUMN IF NOT EXISTS chat VARCHAR(200);
ALTER TABLE app_account ADD COLUMN IF NOT EXISTS instance VARCHAR(500);
ALTER TABLE app_account ADD COLUMN IF NOT EXISTS handle VARCHAR(300);
ALTER TABLE app_account ADD COLUMN IF NOT EXISTS app_password VARCHAR(1000);
ALTER TABLE app_account ADD COLUMN IF NOT EXISTS service VARCHAR(500);
-- The account's page on its network; NULL for X, whose page is made from x_handle.
ALTER TABLE app_account ADD COLUMN IF NOT EXISTS profile_url VARCHAR(2000);
-- x_user_id, x_handle, x_name and x_picture_url (named when X was the only network) hold the profile
-- of an account on any network, as its network's check gave it: a Bluesky DID and a Mastodon
-- @user@instance are longer than X's ids and handles.
ALTER TABLE app_account ALTER COLUMN x_user_id SET DATA TYPE VARCHAR(300);
ALTER TABLE app_account ALTER COLUMN x_handle SET DATA TYPE VARCHAR(300);
