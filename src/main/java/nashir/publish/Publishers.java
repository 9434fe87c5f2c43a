package nashir.publish;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import nashir.net.Http;
import nashir.net.NetSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The publisher of each account: X for accounts with credentials, dry run for the others or when
 * {@code dry-run: true}. Built on first use and again when the account changes (accounts added or
 * edited in the app), so a new access token takes effect at the next post. Needs no Spring:
 * {@code new Publishers(accounts, x)}.
 */
@Component
public class Publishers {

	private static final Logger logger = LoggerFactory.getLogger(Publishers.class);

	private final Map<String, Built> publishers = new ConcurrentHashMap<>();

	private final AccountDirectory accounts;

	private final XApiSettings x;

	private final XAnswerClassifier classifier = new XAnswerClassifier(Clock.systemUTC());

	private final ImageDownloader downloader;

	private final Http toX = Http.unguarded();

	public Publishers(AccountSettings accounts, XApiSettings x) {
		this(new ConfiguredAccounts(accounts), x, Http.guarded(NetSettings.defaults()));
	}

	/**
	 * @param images the guarded client for image URLs, which come from feeds, pages and editors;
	 * X's own configured endpoints are called through an unguarded one
	 */
	@Autowired
	public Publishers(AccountDirectory accounts, XApiSettings x, Http images) {
		this.accounts = accounts;
		this.x = x;
		this.downloader = new ImageDownloader(images, x.connectTimeout(), x.requestTimeout());
	}

	/** The account's publisher; an account that does not exist is a bug of the caller. */
	public Publisher forAccount(String name) {
		Account account = this.accounts.find(name).orElseThrow(() -> new IllegalArgumentException(
				"Unknown account '" + name + "'; configured accounts: " + String.join(", ", accounts())));
		return this.publishers.compute(name,
				(key, built) -> built != null && built.account().equals(account) ? built : build(key, account))
			.publisher();
	}

	public boolean isDryRun(String account) {
		return forAccount(account) instanceof DryRunPublisher;
	}

	/** The account names, sorted. */
	public Set<String> accounts() {
		return this.accounts.names();
	}

	private Built build(String name, Account account) {
		if (account.sendsToX()) {
			XClient client = new HttpXClient(this.toX, new Twitter4jOAuthSigner(account), this.x);
			return new Built(account,
					new XPublisher(name, client, new ImageAttacher(this.downloader, this.classifier), this.classifier));
		}
		warnIfHalfConfigured(name, account);
		return new Built(account, new DryRunPublisher(name));
	}

	private static void warnIfHalfConfigured(String name, Account account) {
		boolean some = account.consumerKey() != null && !account.consumerKey().isBlank()
				|| account.consumerSecret() != null && !account.consumerSecret().isBlank()
				|| account.accessToken() != null && !account.accessToken().isBlank()
				|| account.accessTokenSecret() != null && !account.accessTokenSecret().isBlank();
		if (account.dryRun()) {
			logger.info("dry run account={} reason=dry-run is set", name);
		}
		else if (some) {
			logger.warn("dry run account={} reason=some of the four X credentials are missing", name);
		}
		else {
			logger.info("dry run account={} reason=no X credentials", name);
		}
	}

	/** A publisher and the account as it was when the publisher was made. */
	private record Built(Account account, Publisher publisher) {
	}

}
