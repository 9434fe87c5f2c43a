package nashir.account;

import java.time.Instant;

/**
 * An account added in the app, as pages and the API show it: never with its secrets.
 *
 * @param profile who the account is on X, or {@code null} before it was connected
 * @param connected whether it has all four credentials
 */
public record AppAccount(String name, XProfile profile, AppSettings settings, boolean connected, Instant createdAt,
		String createdBy, Instant updatedAt, String updatedBy) {
}
