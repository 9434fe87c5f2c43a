package nashir.compose;

import java.util.Arrays;
import java.util.Optional;

/** The placeholders a {@link PostTemplate} may name. */
enum Placeholder {

	TITLE, LINK, EXCERPT, HASHTAGS, CATEGORY, AUTHOR, SITE, DATE;

	String token() {
		return "{" + name().toLowerCase(java.util.Locale.ROOT) + "}";
	}

	static Optional<Placeholder> byToken(String token) {
		return Arrays.stream(values()).filter((placeholder) -> placeholder.token().equals(token)).findFirst();
	}

}
