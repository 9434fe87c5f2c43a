package nashir.mastodon;

import java.time.Clock;
import java.util.Optional;

import nashir.compose.LengthRule;
import nashir.net.Http;
import nashir.net.NetException;
import nashir.publish.Account;
import nashir.publish.AccountPause;
import nashir.publish.Channel;
import nashir.publish.ConnectCheck;
import nashir.publish.ConnectRefused;
import nashir.publish.ImageDownloader;
import nashir.publish.Network;
import nashir.publish.NetworkProfile;
import nashir.publish.PublishOutcome.AccountPaused;
import nashir.publish.Publisher;
import nashir.text.Reason;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Mastodon through its REST API, on {@link Http} and Jackson: no long-kept Java client of Mastodon's API
 * is on Maven Central, and Nashir's own client keeps the token within its limits (docs/channels/mastodon.md).
 * Each account names its instance and an access token.
 */
@Component
public class MastodonChannel implements Channel, ConnectCheck {

	private static final String SCOPES_HINT = "make a token with write:statuses write:media read:accounts in "
			+ "Preferences → Development";

	private final MastodonSettings settings;

	/** The instances an admin configured, which tests point at a local server. */
	private final Http toInstances;

	private final InstanceLimitsCache limits;

	private final MastodonAnswers answers;

	private final MediaUploader media;

	/**
	 * @param images the guarded client for image URLs, which come from feeds, pages and editors; the
	 * instance itself is called through an unguarded one
	 */
	@Autowired
	public MastodonChannel(MastodonSettings settings, Http images) {
		this(settings, images, Http.unguarded(), Clock.systemUTC());
	}

	MastodonChannel(MastodonSettings settings, Http images, Http toInstances, Clock clock) {
		this.settings = settings;
		this.toInstances = toInstances;
		this.limits = new InstanceLimitsCache(toInstances, settings, clock);
		this.answers = new MastodonAnswers(clock);
		this.media = new MediaUploader(
				new ImageDownloader(images, settings.connectTimeout(), settings.requestTimeout()), this.answers,
				settings);
	}

	@Override
	public Network network() {
		return Network.MASTODON;
	}

	@Override
	public Publisher publisher(String name, Account account) {
		Optional<InstanceAddress> instance = InstanceAddress.of(account.instance());
		if (instance.isEmpty()) {
			AccountPause pause = new AccountPause(AccountPause.Kind.CREDENTIALS, badInstance(account.instance()));
			return (post) -> new AccountPaused(pause);
		}
		MastodonApi api = new MastodonApi(this.toInstances, instance.get(), account.accessToken(), this.settings);
		return new MastodonPublisher(name, api, this.media, this.answers, this.settings.language());
	}

	/** The instance's limits, read once an hour at most; Mastodon's defaults while it cannot be read. */
	@Override
	public LengthRule lengthRule(Account account) {
		return new MastodonLength(
				InstanceAddress.of(account.instance()).map(this.limits::limits).orElse(InstanceLimits.DEFAULT));
	}

	@Override
	public NetworkProfile check(Account account) throws ConnectRefused {
		InstanceAddress instance = InstanceAddress.of(account.instance())
			.orElseThrow(() -> new ConnectRefused(badInstance(account.instance())));
		if (account.accessToken() == null || account.accessToken().isBlank()) {
			throw new ConnectRefused(Reason.of("mastodon.connect.noToken", "An access token is needed: " + SCOPES_HINT));
		}
		MastodonAnswer answer;
		try {
			answer = new MastodonApi(this.toInstances, instance, account.accessToken(), this.settings).verifyCredentials();
		}
		catch (NetException ex) {
			throw new ConnectRefused(Reason.of("mastodon.connect.unreachable",
					instance + " could not be reached (" + ex.getMessage() + ")", instance.toString(), ex.getMessage()));
		}
		String detail = MastodonAnswers.detail(answer);
		return switch (answer.status()) {
			case 200 -> MastodonJson.profile(answer.body(), instance.host())
				.orElseThrow(() -> new ConnectRefused(Reason.of("mastodon.connect.unreadable",
						instance + " answered, but names no account: is it a Mastodon instance?", instance.toString())));
			case 401 -> throw new ConnectRefused(Reason.of("mastodon.connect.token",
					instance + " refused the access token (" + detail + "): " + SCOPES_HINT, instance.toString(), detail));
			case 403 -> throw new ConnectRefused(Reason.of("mastodon.connect.forbidden",
					instance + " refuses this token or account (" + detail + "): " + SCOPES_HINT, instance.toString(),
					detail));
			case 404 -> throw new ConnectRefused(Reason.of("mastodon.connect.notMastodon",
					"No Mastodon API at " + instance + " (" + detail + "): check the instance's address",
					instance.toString(), detail));
			default -> throw new ConnectRefused(Reason.of("mastodon.connect.failed",
					instance + " could not check the token now (" + detail + "); try again later", instance.toString(),
					detail));
		};
	}

	private static Reason badInstance(String instance) {
		String named = (instance == null) ? "" : instance.strip();
		return Reason.of("mastodon.connect.instance",
				"'" + named + "' is not the address of a Mastodon instance (like https://mastodon.social)", named);
	}

}
