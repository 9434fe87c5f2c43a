package nashir.account;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The secret key, checked against the database once at start. */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

	/** @throws SecretKeyRefused when the key is missing, malformed or not the database's */
	@Bean
	SecretBox secretBox(JdbcClient jdbc, @Value("${nashir.secret-key:}") String configured,
			@Value("${nashir.data-dir}") Path dataDir) {
		return open(jdbc, configured, dataDir);
	}

	static SecretBox open(JdbcClient jdbc, String configured, Path dataDir) {
		Optional<String> check = KeyCheck.stored(jdbc);
		SecretKeys.Key key = SecretKeys.resolve(configured, dataDir, check.isPresent());
		SecretBox box = new SecretBox(key.bytes(), key.origin());
		check.ifPresent(sealed -> KeyCheck.verify(box, sealed));
		return box;
	}

}
