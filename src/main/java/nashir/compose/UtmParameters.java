package nashir.compose;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Campaign parameters added to a story's link: {@code source → utm_source=…}. Never overrides a
 * parameter the link already has.
 */
public record UtmParameters(Map<String, String> values) {

	public static final UtmParameters NONE = new UtmParameters(Map.of());

	public UtmParameters {
		values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

}
