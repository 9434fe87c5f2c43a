package nashir.web;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A user as loaded for a login, with the session stamp their row had then: a session whose stamp
 * no longer matches the row (role, access or password changed since) is ended.
 */
class SignedInUser extends User {

	private final long stamp;

	SignedInUser(String username, String password, boolean enabled, Collection<? extends GrantedAuthority> authorities,
			long stamp) {
		super(username, password, enabled, true, true, true, authorities);
		this.stamp = stamp;
	}

	long stamp() {
		return stamp;
	}

}
