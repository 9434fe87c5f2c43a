package nashir.web;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How each account looks on its network, for the preview cards ({@code nashir.web.preview.accounts.<name>.*}):
 * an account without an entry shows its own name and initials.
 */
@ConfigurationProperties("nashir.web.preview")
record PreviewSettings(Map<String, Profile> accounts) {

	PreviewSettings {
		accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
	}

	/**
	 * @param name the display name ("أفق نيوز")
	 * @param handle the handle without {@code @}
	 * @param picture the account picture, an https address
	 */
	record Profile(String name, String handle, String picture) {
	}

	Profile of(String account) {
		Profile profile = accounts.getOrDefault(account, new Profile(null, null, null));
		return new Profile(present(profile.name()) ? profile.name() : account,
				present(profile.handle()) ? profile.handle().replaceFirst("^@", "") : account,
				present(profile.picture()) ? profile.picture().strip() : null);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
