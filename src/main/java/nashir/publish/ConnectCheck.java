package nashir.publish;

/**
 * A network whose accounts are connected by typing their credentials into a form (Telegram,
 * Mastodon, Bluesky), asked before an account is kept whether those credentials work and may
 * post. X's accounts connect by signing in with X instead.
 */
public interface ConnectCheck {

	Network network();

	/**
	 * Who the account is on its network, once the network said its credentials may post.
	 * @throws ConnectRefused when they may not, saying why in words an admin can act on (never
	 * with a secret in them)
	 */
	NetworkProfile check(Account account) throws ConnectRefused;

}
