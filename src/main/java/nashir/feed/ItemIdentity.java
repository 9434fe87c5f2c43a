package nashir.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The two identities of an item in its feed's ledger. The key is the guid, else the link, else a
 * hash of title and date: all stable across restarts. The link key is a hash of the canonical
 * link, so that one story a site republishes under a second guid is still recognised.
 */
final class ItemIdentity {

	/** The ledger's item_key column holds 500 characters; longer keys are stored as their hash. */
	private static final int MAX_KEY_LENGTH = 500;

	private static final Pattern PERCENT_ESCAPE = Pattern.compile("%[0-9a-fA-F]{2}");

	private ItemIdentity() {
	}

	static String key(String guid, URI link, String title, Instant published) {
		if (guid != null && !guid.isBlank()) {
			return bounded(guid.strip());
		}
		if (link != null) {
			return bounded(link.toString());
		}
		return "sha256:" + sha256(title + "\n" + (published == null ? "" : published.toString()));
	}

	/**
	 * {@code feedOrder} with every story once: an item whose key or canonical link an earlier item
	 * of the same document already has is dropped (a bumped post listed twice, one story under
	 * two guids). The feed's first listing, usually the newest version, is the one kept. The
	 * service and the preview both read through this one step.
	 */
	static <T> List<T> distinct(List<T> feedOrder, Function<T, String> key, Function<T, URI> link) {
		Set<String> keys = new HashSet<>();
		Set<String> links = new HashSet<>();
		List<T> distinct = new ArrayList<>();
		for (T item : feedOrder) {
			// Both are noted even for a dropped item, so a third one sharing either is dropped too.
			boolean newKey = keys.add(key.apply(item));
			boolean newLink = links.add(linkKey(link.apply(item)));
			if (newKey && newLink) {
				distinct.add(item);
			}
		}
		return distinct;
	}

	static String linkKey(URI link) {
		return sha256(canonical(link));
	}

	/** Lower-case scheme and host, no fragment, no utm_* parameters, no trailing slash. */
	static String canonical(URI link) {
		String query = link.getRawQuery() == null ? null
				: Arrays.stream(link.getRawQuery().split("&"))
					.filter((param) -> !param.isEmpty() && !param.toLowerCase(Locale.ROOT).startsWith("utm_"))
					.collect(Collectors.joining("&"));
		String path = link.getRawPath() == null ? "" : link.getRawPath();
		while (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		String host = link.getHost() == null ? "" : link.getHost().toLowerCase(Locale.ROOT);
		String port = link.getPort() == -1 ? "" : ":" + link.getPort();
		String canonical = link.getScheme().toLowerCase(Locale.ROOT) + "://" + host + port + path
				+ (query == null || query.isEmpty() ? "" : "?" + query);
		String ascii = ascii(canonical);
		return hasLowerCaseEscape(ascii)
				? PERCENT_ESCAPE.matcher(ascii).replaceAll((escape) -> escape.group().toUpperCase(Locale.ROOT))
				: ascii;
	}

	/** Percent-encodes raw non-ASCII characters, so that both spellings of an Arabic path agree. */
	private static String ascii(String link) {
		// An ASCII text is its own ASCII form: no parse needed (a feed's links come here encoded already).
		int i = 0;
		while (i < link.length() && link.charAt(i) < 0x80) {
			i++;
		}
		if (i == link.length()) {
			return link;
		}
		try {
			return new URI(link).toASCIIString();
		}
		catch (URISyntaxException ex) {
			return link;
		}
	}

	/** Most links' escapes are upper case already: the pattern then has nothing to do on a long Arabic path. */
	private static boolean hasLowerCaseEscape(String ascii) {
		for (int i = ascii.indexOf('%'); i >= 0 && i + 2 < ascii.length(); i = ascii.indexOf('%', i + 1)) {
			if (isLowerHex(ascii.charAt(i + 1)) || isLowerHex(ascii.charAt(i + 2))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isLowerHex(char c) {
		return c >= 'a' && c <= 'f';
	}

	private static String bounded(String key) {
		return key.length() <= MAX_KEY_LENGTH ? key : "sha256:" + sha256(key);
	}

	static String sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}
