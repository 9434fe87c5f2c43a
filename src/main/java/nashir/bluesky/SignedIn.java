package nashir.bluesky;

import nashir.net.Answer;
import nashir.net.NetException;

/**
 * One account's session, kept in memory for the life of its publisher: signed in on first use with the handle
 * and app password, refreshed when the PDS says the access token expired (every two hours or so), signed in
 * again when the refresh is refused. Calls are made one at a time: the session changes under them.
 */
final class SignedIn {

	private final Pds pds;

	private final String handle;

	private final String appPassword;

	private Session session;

	SignedIn(Pds pds, String handle, String appPassword) {
		this.pds = pds;
		this.handle = bare(handle);
		this.appPassword = appPassword;
	}

	/** A call made with the session's access token; the PDS's answer as it is. */
	@FunctionalInterface
	interface Authorized {

		Answer send(Session session) throws NetException;

	}

	/**
	 * Makes the call, signing in first when needed, and once more after a refresh (or a new sign-in) when the
	 * access token was refused. A refused sign-in comes back as the reply, marked so.
	 */
	synchronized Reply send(Authorized call) throws NetException {
		if (this.session == null) {
			Reply login = signIn();
			if (login != null) {
				return login;
			}
		}
		Answer answer = call.send(this.session);
		if (!expired(answer)) {
			return new Reply(answer, false);
		}
		Answer refreshed = this.pds.refreshSession(this.session.refreshJwt());
		Session renewed = refreshed.isSuccess() ? BlueskyJson.session(refreshed) : null;
		if (renewed != null) {
			this.session = renewed;
		}
		else if (refreshed.status() == 429 || refreshed.status() >= 500) {
			return new Reply(refreshed, false);
		}
		else {
			this.session = null;
			Reply login = signIn();
			if (login != null) {
				return login;
			}
		}
		return new Reply(call.send(this.session), false);
	}

	/** {@code null} once signed in; else the refusal. */
	private Reply signIn() throws NetException {
		Answer login = this.pds.createSession(this.handle, this.appPassword);
		Session created = login.isSuccess() ? BlueskyJson.session(login) : null;
		if (created == null) {
			return new Reply(login, true);
		}
		this.session = created;
		return null;
	}

	/**
	 * The PDS answers an expired access token with 400 {@code ExpiredToken}; other servers with a 401. Any 401
	 * on a session Nashir made is worth one refresh: whether the credentials are bad, the refresh and the sign-in
	 * after it say.
	 */
	private static boolean expired(Answer answer) {
		return answer.status() == 401 || (answer.status() == 400 && BlueskyJson.error(answer).equals("ExpiredToken"));
	}

	/** The account's handle as its PDS names it, once signed in; else the configured one. */
	synchronized String handle() {
		String signedIn = (this.session == null) ? "" : this.session.handle();
		return signedIn.isBlank() ? this.handle : signedIn;
	}

	/** A handle as people write it ({@code @ofoq.bsky.social}) as the PDS takes it. */
	static String bare(String handle) {
		return handle.strip().replaceFirst("^@", "");
	}

	/**
	 * A PDS's answer to a call.
	 *
	 * @param signIn the answer is the sign-in's, which refused the handle and app password (or named no session)
	 */
	record Reply(Answer answer, boolean signIn) {
	}

	@Override
	public String toString() {
		return "SignedIn[handle=" + this.handle + "]";
	}

}
