package nashir.publish;

import java.net.URI;
import nashir.net.TestNet;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Distinctive credentials, so a test can prove they appear nowhere they should not. */
final class TestAccounts {

	static final String CONSUMER_KEY = "ck-QAZ1wsxKEY";

	static final String CONSUMER_SECRET = "cs-PLM9oknSECRET";

	static final String ACCESS_TOKEN = "1122334455-at-EDC3rfvTOKEN";

	static final String ACCESS_TOKEN_SECRET = "ats-UJM7yhnSECRET";

	/** A real headline of the first user's site, with quotes, emoji and newlines. */
	static final String TEXT = "قمة “بوتين وبايدن”.. اتفاق على \"حوار\" شامل قريبا 🤝🏽🇺🇳\n#أخبار_دولية #سياسة\n"
			+ "https://ofoq.example.com/2021/06/16/%D9%82%D9%85%D8%A9/";

	private TestAccounts() {
	}

	static Account withCredentials() {
		return new Account(CONSUMER_KEY, CONSUMER_SECRET, ACCESS_TOKEN, ACCESS_TOKEN_SECRET, false, Duration.ZERO, 0, null,
				Duration.ofMinutes(15), null, null);
	}

	static Publishers publishers(String apiBaseUrl, Duration requestTimeout) {
		return new Publishers(new ConfiguredAccounts(new AccountSettings(Map.of("main", withCredentials()))),
				new XApiSettings(URI.create(apiBaseUrl), URI.create(apiBaseUrl + "/upload"), Duration.ofSeconds(2),
						requestTimeout), TestNet.http());
	}

	static void assertNoCredentials(Object anything) {
		assertThat(String.valueOf(anything)).doesNotContain(CONSUMER_KEY, CONSUMER_SECRET, ACCESS_TOKEN,
				ACCESS_TOKEN_SECRET);
	}

}
