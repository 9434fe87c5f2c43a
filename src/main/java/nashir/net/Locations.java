package nashir.net;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import nashir.net.NetException.Kind;

/** Checks URLs before they are fetched and resolves redirect targets. */
final class Locations {

	private static final String UNSAFE = " \"<>\\^`{|}";

	private Locations() {
	}

	static void requireHttp(URI uri, String what) throws NetException {
		String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
			throw new NetException(Kind.BAD_URL, what);
		}
	}

	/**
	 * The URL a {@code Location} header points to. Some servers send raw UTF-8 (an Arabic slug) or
	 * spaces: the header's bytes are read again as UTF-8 and such characters percent-encoded.
	 */
	static URI redirectTarget(URI current, String location) throws NetException {
		URI target;
		try {
			target = current.resolve(new URI(escape(utf8(location.strip()))));
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			throw new NetException(Kind.BAD_URL, "a redirect to a malformed URL");
		}
		requireHttp(target, "a redirect to a non-http URL");
		return target;
	}

	/** The HTTP client reads header bytes as ISO-8859-1; a value that is valid UTF-8 was meant as such. */
	static String utf8(String header) {
		if (header.chars().allMatch((c) -> c < 0x80) || header.chars().anyMatch((c) -> c > 0xFF)) {
			return header;
		}
		String decoded = new String(header.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
		return (decoded.indexOf('\uFFFD') >= 0) ? header : decoded;
	}

	private static String escape(String reference) {
		StringBuilder escaped = new StringBuilder();
		for (int i = 0; i < reference.length(); i = reference.offsetByCodePoints(i, 1)) {
			int c = reference.codePointAt(i);
			if (c < 0x80 && c > 0x20 && UNSAFE.indexOf(c) < 0) {
				escaped.append((char) c);
				continue;
			}
			for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
				escaped.append('%').append(String.format("%02X", b & 0xFF));
			}
		}
		return escaped.toString();
	}

}
