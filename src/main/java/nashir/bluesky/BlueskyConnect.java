package nashir.bluesky;

import java.net.URI;

import nashir.net.Answer;
import nashir.net.Http;
import nashir.net.NetException;
import nashir.publish.Account;
import nashir.publish.ConnectRefused;
import nashir.publish.NetworkProfile;
import nashir.text.Reason;

/**
 * Signs in with a handle and an app password before the account is kept, and says who the account is. The
 * refusal people meet most is the account's own password typed in (refused when the account has two-factor
 * sign-in, and never to be given to a tool): the reason says where an app password is made.
 */
final class BlueskyConnect {

	private static final String APP_PASSWORD = "use an app password from Settings → App passwords, not the account password";

	private final Http http;

	private final BlueskySettings settings;

	BlueskyConnect(Http http, BlueskySettings settings) {
		this.http = http;
		this.settings = settings;
	}

	NetworkProfile check(Account account) throws ConnectRefused {
		if (!account.hasCredentials()) {
			throw refused("bluesky.connect.missing", "a handle and an app password are needed");
		}
		URI service = Pds.service(account.service())
			.orElseThrow(() -> refused("bluesky.connect.service", "the service is not an http(s) address"));
		Pds pds = new Pds(this.http, service, this.settings);
		Session session = signIn(pds, account);
		String name = null;
		String avatar = null;
		try {
			Answer profile = pds.getProfile(session.accessJwt(), session.did());
			if (profile.isSuccess()) {
				name = BlueskyJson.text(profile, "displayName");
				avatar = BlueskyJson.text(profile, "avatar");
			}
		}
		catch (NetException ex) {
			// The sign-in said all that matters; a profile is only for show.
		}
		String handle = session.handle().isBlank() ? SignedIn.bare(account.handle()) : session.handle();
		return new NetworkProfile(session.did(), handle, name, avatar, "https://bsky.app/profile/" + handle);
	}

	private static Session signIn(Pds pds, Account account) throws ConnectRefused {
		Answer login;
		try {
			login = pds.createSession(SignedIn.bare(account.handle()), account.appPassword());
		}
		catch (NetException ex) {
			throw refused("bluesky.connect.unreachable", "Bluesky could not be reached (" + ex.kind() + ")",
					ex.kind().toString());
		}
		Session session = login.isSuccess() ? BlueskyJson.session(login) : null;
		if (session != null) {
			return session;
		}
		String detail = BlueskyAnswers.detail(login);
		if (BlueskyJson.error(login).equals("AccountTakedown")) {
			throw refused("bluesky.connect.takedown", "Bluesky has taken this account down (" + detail + ")", detail);
		}
		if (login.isSuccess() || login.status() == 429 || login.status() >= 500) {
			throw refused("bluesky.connect.unavailable", "Bluesky could not sign in now; try again later (" + detail + ")",
					detail);
		}
		throw refused("bluesky.connect.refused",
				"Bluesky refused the handle or password: " + APP_PASSWORD + " (" + detail + ")", detail);
	}

	private static ConnectRefused refused(String key, String english, Object... args) {
		return new ConnectRefused(Reason.of(key, english, args));
	}

}
