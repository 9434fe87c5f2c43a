package nashir.publish;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The configured accounts by name ({@code nashir.accounts.*}). */
@ConfigurationProperties("nashir")
public record AccountSettings(Map<String, Account> accounts) {

	public AccountSettings {
		accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
	}

}
