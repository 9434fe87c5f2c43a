package nashir.publish;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One account on one network ({@code nashir.accounts.<name>.*}). Secrets never leave this object: its
 * {@link #toString()} masks them, so no log line or error page can show them.
 *
 * @param dryRun record posts as published without sending them, even with credentials
 * @param minInterval the least time between two posts of this account
 * @param dailyCap the most posts in 24 hours; 0 for no cap of ours (X's own limit still holds)
 * @param quietHours when only urgent posts go out, or {@code null}
 * @param creditsProbe while X says the account's credits are used up, how often one post is tried
 * @param budget what the account may spend on X; {@link Budget#NONE} when not set
 * @param template the account's default post template, for schedules that name none, or {@code null}
 * @param type the network ({@code x} when not set)
 * @param botToken Telegram: the bot's token from BotFather
 * @param chat Telegram: the channel, {@code @name} or its numeric id
 * @param instance Mastodon: the instance's address, {@code https://mastodon.social}
 * @param handle Bluesky: the account's handle, {@code ofoq.bsky.social}
 * @param appPassword Bluesky: an app password made for Nashir
 * @param service Bluesky: the account's PDS ({@code https://bsky.social} when not set)
 */
public record Account(String consumerKey, String consumerSecret, String accessToken, String accessTokenSecret,
		@DefaultValue("false") boolean dryRun, @DefaultValue("0s") Duration minInterval,
		@DefaultValue("0") int dailyCap, QuietHours quietHours, @DefaultValue("15m") Duration creditsProbe, Budget budget,
		String template, Network type, String botToken, String chat, String instance, String handle,
		String appPassword, String service) {

	@ConstructorBinding
	public Account {
		budget = budget == null ? Budget.NONE : budget;
		type = type == null ? Network.X : type;
	}

	/** An X account, as configurations before other networks wrote it. */
	public Account(String consumerKey, String consumerSecret, String accessToken, String accessTokenSecret,
			boolean dryRun, Duration minInterval, int dailyCap, QuietHours quietHours, Duration creditsProbe,
			Budget budget, String template) {
		this(consumerKey, consumerSecret, accessToken, accessTokenSecret, dryRun, minInterval, dailyCap, quietHours,
				creditsProbe, budget, template, Network.X, null, null, null, null, null, null);
	}

	/**
	 * Whether the account has what its network needs to post: X, the four OAuth 1.0a credentials;
	 * Telegram, a bot token and a channel; Mastodon, an instance and an access token; Bluesky, a
	 * handle and an app password.
	 */
	public boolean hasCredentials() {
		return switch (type) {
			case X -> present(consumerKey) && present(consumerSecret) && present(accessToken)
					&& present(accessTokenSecret);
			case TELEGRAM -> present(botToken) && present(chat);
			case MASTODON -> present(instance) && present(accessToken);
			case BLUESKY -> present(handle) && present(appPassword);
		};
	}

	/** Whether some but not all of the credentials are there: a mistake worth a warning. */
	public boolean hasSomeCredentials() {
		return !hasCredentials() && (present(consumerKey) || present(consumerSecret) || present(accessToken)
				|| present(accessTokenSecret) || present(botToken) || present(chat) || present(instance)
				|| present(handle) || present(appPassword));
	}

	/** Posts go to the network only when the account has credentials and is not set to dry run. */
	public boolean sends() {
		return hasCredentials() && !dryRun;
	}

	/** Posts go to X, which charges for them: an X account that {@link #sends()}. */
	public boolean sendsToX() {
		return type == Network.X && sends();
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	@Override
	public String toString() {
		return "Account[type=" + type.id() + ", credentials=" + (hasCredentials() ? "set" : "missing")
				+ (chat == null ? "" : ", chat=" + chat) + (instance == null ? "" : ", instance=" + instance)
				+ (handle == null ? "" : ", handle=" + handle) + ", dryRun=" + dryRun
				+ ", minInterval=" + minInterval + ", dailyCap=" + dailyCap + ", quietHours=" + quietHours
				+ ", creditsProbe=" + creditsProbe + ", budget=" + budget + "]";
	}

}
