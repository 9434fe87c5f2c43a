package nashir.bluesky;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;

import nashir.compose.LengthRule;
import nashir.net.Http;
import nashir.publish.Account;
import nashir.publish.AccountPause;
import nashir.publish.AccountPause.Kind;
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
 * Bluesky through the AT Protocol's XRPC calls on the account's PDS, signed in with a handle and an app
 * password. No Java AT Protocol client is kept on Maven Central, so the calls are Nashir's own, on
 * {@link Http} and Jackson.
 */
@Component
public class BlueskyChannel implements Channel, ConnectCheck {

	private final BlueskySettings settings;

	private final ImageDownloader downloader;

	private final Http toPds;

	private final BlueskyAnswers answers;

	private final Clock clock;

	/**
	 * @param images the guarded client for image URLs, which come from feeds, pages and editors; each account's
	 * configured PDS is called through an unguarded one
	 */
	@Autowired
	public BlueskyChannel(BlueskySettings settings, Http images) {
		this(settings, images, Http.unguarded(), Clock.systemUTC());
	}

	BlueskyChannel(BlueskySettings settings, Http images, Http toPds, Clock clock) {
		this.settings = settings;
		this.downloader = new ImageDownloader(images, settings.connectTimeout(), settings.requestTimeout());
		this.toPds = toPds;
		this.answers = new BlueskyAnswers(clock);
		this.clock = clock;
	}

	@Override
	public Network network() {
		return Network.BLUESKY;
	}

	@Override
	public Publisher publisher(String name, Account account) {
		Optional<URI> service = Pds.service(account.service());
		if (service.isEmpty()) {
			AccountPaused paused = new AccountPaused(new AccountPause(Kind.CREDENTIALS, Reason.of("bluesky.pause.service",
					"the service of account '" + name + "' is not an http(s) address", name)));
			return (post) -> paused;
		}
		Pds pds = new Pds(this.toPds, service.get(), this.settings);
		SignedIn session = new SignedIn(pds, account.handle(), account.appPassword());
		return new BlueskyPublisher(name, pds, session, new Embeds(this.downloader, this.answers, pds), this.answers,
				this.clock);
	}

	@Override
	public LengthRule lengthRule(Account account) {
		return BlueskyLength.RULE;
	}

	@Override
	public NetworkProfile check(Account account) throws ConnectRefused {
		return new BlueskyConnect(this.toPds, this.settings).check(account);
	}

}
