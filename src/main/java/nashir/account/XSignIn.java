package nashir.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import nashir.net.Http;
import nashir.publish.AccountDirectory;
import nashir.publish.XApiSettings;
import nashir.queue.AccountStates;
import nashir.text.Reason;
import nashir.text.Refusal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * "Sign in with X" (3-legged OAuth 1.0a): a request token and X's authorize page, then the access
 * token for X's verifier, whose account {@code GET /2/users/me} names; the result is saved in the
 * {@link AccountStore}. X sends the admin back to {@code {nashir.public-base-url}/accounts/x/callback},
 * or, without a public URL, shows a PIN the admin types in ({@code oob}).
 */
@Service("xSignIn")
public class XSignIn {

	/** How long X's request token is kept for the admin to come back with a verifier. */
	static final Duration LIFETIME = Duration.ofMinutes(10);

	static final String CALLBACK_PATH = "/accounts/x/callback";

	/** As schedule ids: a name that works in URLs, YAML and logs alike. */
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,40}");

	private static final Logger log = LoggerFactory.getLogger(XSignIn.class);

	private final AccountStore store;

	private final AccountDirectory accounts;

	private final AccountStates states;

	private final XSignInClient x;

	private final String callback;

	private final Clock clock;

	/** @param store resolved at first use, not at start: the web layer's pages need the sign-in before any store is asked */
	@Autowired
	XSignIn(AccountStore store, AccountDirectory accounts, AccountStates states, XSignInSettings oauth,
			XApiSettings api, @Value("${nashir.public-base-url:}") String publicBaseUrl, Clock clock) {
		this(store, accounts, states, new XSignInClient(Http.unguarded(), oauth, api), publicBaseUrl, clock);
	}

	XSignIn(AccountStore store, AccountDirectory accounts, AccountStates states, XSignInClient x,
			String publicBaseUrl, Clock clock) {
		this.store = store;
		this.accounts = accounts;
		this.states = states;
		this.x = x;
		String base = publicBaseUrl == null ? "" : publicBaseUrl.strip().replaceAll("/+$", "");
		this.callback = base.isEmpty() ? null : base + CALLBACK_PATH;
		this.clock = clock;
	}

	/** Whether X shows the admin a PIN to type in here, for want of a public URL to send them back to. */
	public boolean usesPin() {
		return this.callback == null;
	}

	/** Whether the X app's consumer key and secret are set, without which no sign-in can start. */
	public boolean hasApp() {
		return this.store.xApp().isPresent();
	}

	/** Whether a sign-in can give the account new credentials: it was added in the app. */
	public boolean canReconnect(String account) {
		return this.accounts.names().contains(account) && this.store.keeps(account);
	}

	/**
	 * Asks X for a request token for {@code account}: a new account, or with {@code reconnect} an
	 * existing one that gets new credentials. The admin then opens {@link PendingSignIn#authorizeUrl()}.
	 */
	public PendingSignIn start(String account, boolean reconnect) throws XSignInFailed {
		String name = account == null ? "" : account.strip();
		if (!NAME.matcher(name).matches()) {
			throw new XSignInFailed("xconnect.error.name",
					"an account name is 1 to 40 Latin letters, digits, - or _", name);
		}
		boolean known = this.accounts.names().contains(name);
		if (reconnect && !known) {
			throw new XSignInFailed("xconnect.error.unknown", "there is no account '" + name + "' to reconnect", name);
		}
		if (reconnect && !this.store.keeps(name)) {
			throw new XSignInFailed("xconnect.error.configured",
					"account '" + name + "' is set in the configuration: change its credentials there", name);
		}
		if (!reconnect && known) {
			throw new XSignInFailed("xconnect.error.exists",
					"there is already an account '" + name + "': reconnect it instead", name);
		}
		XApp app = this.store.xApp()
			.orElseThrow(() -> new XSignInFailed("xconnect.error.noApp",
					"set the X app's consumer key and secret before connecting an account"));
		try {
			XSignInClient.Token request = this.x.requestToken(app, usesPin() ? "oob" : this.callback);
			log.info("event=x_sign_in_started account={} reconnect={} pin={}", name, reconnect, usesPin());
			return new PendingSignIn(name, reconnect, app, request.token(), request.secret(),
					this.x.authorizeUrl(request).toString(), this.clock.instant().plus(LIFETIME));
		}
		catch (XSignInFailed ex) {
			throw logged(name, ex);
		}
	}

	/**
	 * Ends a sign-in with X's verifier (the callback's {@code oauth_verifier}, or the PIN): the
	 * access token, whose account {@code users/me} names, saved for {@code pending.account()}. A
	 * reconnected account that X had paused for its credentials posts again.
	 *
	 * @param oauthToken the request token X sent back; {@code null} for a PIN, which is typed in the
	 * session that holds {@code pending}
	 */
	public XConnection finish(PendingSignIn pending, String oauthToken, String verifier, String user)
			throws XSignInFailed {
		Instant now = this.clock.instant();
		if (pending == null || !now.isBefore(pending.expiresAt())
				|| (oauthToken != null && !oauthToken.equals(pending.requestToken()))) {
			throw logged(pending == null ? "-" : pending.account(), new XSignInFailed(expired()));
		}
		if (verifier == null || verifier.isBlank()) {
			throw logged(pending.account(),
					new XSignInFailed("xconnect.error.noVerifier", "X sent no verifier: start again"));
		}
		try {
			XSignInClient.Token request = new XSignInClient.Token(pending.requestToken(), pending.requestTokenSecret());
			XSignInClient.Token access = this.x.accessToken(pending.app(), request, verifier.strip());
			XProfile profile = this.x.me(pending.app(), access);
			XConnection connection = new XConnection(pending.account(), pending.app(), access.token(), access.secret(),
					profile);
			save(connection, user);
			if (pending.reconnect()) {
				// The pause is the queue's: new credentials are the operator's word that X's refusal is fixed.
				this.states.resume(pending.account());
			}
			log.info("event=x_connected account={} handle={} reconnect={} user={}", pending.account(), profile.handle(),
					pending.reconnect(), user);
			return connection;
		}
		catch (XSignInFailed ex) {
			throw logged(pending.account(), ex);
		}
	}

	/** A store that refuses the account says why, in a {@link Refusal}: the page shows it as any other failure. */
	private void save(XConnection connection, String user) throws XSignInFailed {
		try {
			this.store.saveConnection(connection, user);
		}
		catch (RuntimeException ex) {
			if (ex instanceof Refusal refusal) {
				throw new XSignInFailed(refusal.reason());
			}
			throw ex;
		}
	}

	/** Why a sign-in cannot go on when the session holds none, or not this one. */
	public static Reason expired() {
		return Reason.of("xconnect.error.expired",
				"this sign-in is unknown or has expired (a sign-in lasts 10 minutes and works once): start again");
	}

	private static XSignInFailed logged(String account, XSignInFailed ex) {
		log.warn("event=x_sign_in_failed account={} reason=\"{}\"", account, ex.getMessage());
		return ex;
	}

}
