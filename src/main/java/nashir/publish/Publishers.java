package nashir.publish;

import java.time.Clock;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nashir.net.Http;
import nashir.net.NetSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The publisher of each configured account: X for accounts with credentials, dry run for the
 * others or when {@code dry-run: true}. Needs no Spring: {@code new Publishers(accounts, x)}.
 */
@Component
public class Publishers {

	private static final Logger logger = LoggerFactory.getLogger(Publishers.class);

	private final Map<String, Publisher> publishers = new TreeMap<>();

	public Publishers(AccountSettings accounts, XApiSettings x) {
		this(accounts, x, Http.guarded(NetSettings.defaults()));
	}

	/**
	 * @param images the guarded client for image URLs, which come from feeds, pages and editors;
	 * X's own configured endpoints are called through an unguarded one
	 */
	@Autowired
	public Publishers(AccountSettings accounts, XApiSettings x, Http images) {
		Http toX = null;
		XAnswerClassifier classifier = new XAnswerClassifier(Clock.systemUTC());
		ImageDownloader downloader = new ImageDownloader(images, x.connectTimeout(), x.requestTimeout());
		for (Map.Entry<String, Account> entry : accounts.accounts().entrySet()) {
			String name = entry.getKey();
			Account account = entry.getValue();
			if (account.sendsToX()) {
				toX = (toX != null) ? toX : Http.unguarded();
				ImageAttacher attacher = new ImageAttacher(downloader, classifier);
				XClient client = new HttpXClient(toX, new Twitter4jOAuthSigner(account), x);
				this.publishers.put(name, new XPublisher(name, client, attacher, classifier));
			}
			else {
				warnIfHalfConfigured(name, account);
				this.publishers.put(name, new DryRunPublisher(name));
			}
		}
	}

	/** The account's publisher; an account that is not configured is a bug of the caller. */
	public Publisher forAccount(String account) {
		Publisher publisher = this.publishers.get(account);
		if (publisher == null) {
			throw new IllegalArgumentException("Unknown account '" + account + "'; configured accounts: "
					+ String.join(", ", this.publishers.keySet()));
		}
		return publisher;
	}

	public boolean isDryRun(String account) {
		return forAccount(account) instanceof DryRunPublisher;
	}

	/** The configured account names, sorted. */
	public Set<String> accounts() {
		return Collections.unmodifiableSet(this.publishers.keySet());
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

}
