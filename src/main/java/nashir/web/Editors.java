package nashir.web;

import java.security.Principal;

/** Who did it, for the publish log. */
final class Editors {

	private Editors() {
	}

	static String name(Principal principal) {
		return principal == null ? "api" : principal.getName();
	}

}
