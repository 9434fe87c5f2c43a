package nashir.publish;

/**
 * Who an account is on its network, as the network's own check says.
 *
 * @param id the network's id of the account (a Telegram chat id, a Mastodon account id, a Bluesky DID)
 * @param handle how people name it: {@code @channel}, {@code @user@instance}, {@code name.bsky.social}
 * @param name the display name, or {@code null}
 * @param pictureUrl an https picture of it, or {@code null}
 * @param url its page, for a link from Nashir's pages, or {@code null}
 */
public record NetworkProfile(String id, String handle, String name, String pictureUrl, String url) {
}
