package nashir.publish;

import nashir.compose.LengthRule;

/**
 * What Nashir needs to know of one social network: how a post is counted and how it is sent.
 * One bean per {@link Network}; {@link Publishers} picks the account's.
 */
public interface Channel {

	Network network();

	/**
	 * A publisher for the account, which has this network's credentials
	 * ({@link Account#hasCredentials()}) and is not a dry run.
	 */
	Publisher publisher(String name, Account account);

	/** How this network counts a post of the account, and its most. */
	LengthRule lengthRule(Account account);

}
