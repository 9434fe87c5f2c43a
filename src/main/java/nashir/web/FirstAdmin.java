package nashir.web;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the user {@code admin} when there is no user at all: with {@code NASHIR_ADMIN_PASSWORD}
 * when set, else with a random password printed once on the console. Once any user exists this
 * does nothing but say in the log that a given password is ignored, so the password is never shown again.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	static final String NAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final UserAccounts users;

	private final String password;

	FirstAdmin(UserAccounts users, @Value("${nashir.admin-password:}") String password) {
		this.users = users;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!users.isEmpty()) {
			if (!password.isBlank()) {
				// Said, so that an operator who set it to get back in knows why it did not work.
				log.info("event=admin_password_ignored reason=users_exist hint=\"NASHIR_ADMIN_PASSWORD only creates the "
						+ "first admin; use 'java -jar nashir.jar reset-password <user>'\"");
			}
			return;
		}
		boolean generated = password.isBlank();
		String chosen = generated ? randomPassword() : password;
		try {
			// Two nodes starting on an empty database: only the one whose insert wins prints.
			if (!users.create(NAME, chosen, Role.ADMIN, "nashir")) {
				return;
			}
		}
		catch (ActionRefused ex) {
			throw new IllegalStateException("NASHIR_ADMIN_PASSWORD cannot be used: " + ex.getMessage());
		}
		log.info("event=first_admin_created user={} password_from={}", NAME,
				generated ? "generated" : "NASHIR_ADMIN_PASSWORD");
		if (generated) {
			// The console only, not the log: log files are shipped and kept, this must not be.
			System.out.println("""

					Nashir: first start. Log in as '%s' with the password %s
					It is shown this once. Change it on the users page, or set NASHIR_ADMIN_PASSWORD before the first start.
					""".formatted(NAME, chosen));
		}
	}

	static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
