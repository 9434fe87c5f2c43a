package nashir.compose;

import java.net.IDN;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.twitter.twittertext.Extractor;

/**
 * Story links as X needs them: plain ASCII (twitter-text stops a link at its first raw non-ASCII
 * character), with the schedule's campaign parameters.
 */
final class Links {

	private static final Pattern ABSOLUTE = Pattern.compile("(?i)(https?)://([^/?#]*)(.*)", Pattern.DOTALL);

	private static final String UNRESERVED = "-._~";

	private static final String PATH_CHARS = UNRESERVED + "!$&'()*+,;=:@/";

	private static final String QUERY_CHARS = PATH_CHARS + "?";

	private static final String VALUE_CHARS = UNRESERVED + "!$'()*,:@/?";

	/** twitter-text does not let a link end in these, so a final one is sent percent-encoded. */
	private static final String UNFIT_LAST = ".,!?;:'*()$&@";

	private static final Extractor EXTRACTOR = new Extractor();

	private Links() {
	}

	/**
	 * The link percent-encoded as a URI (raw Arabic becomes {@code %D9%82…}, existing escapes are
	 * kept as they are), or empty when it is not an absolute http(s) link.
	 */
	static Optional<String> encode(String link) {
		if (link == null) {
			return Optional.empty();
		}
		Matcher matcher = ABSOLUTE.matcher(link.strip());
		if (!matcher.matches() || matcher.group(2).isEmpty()) {
			return Optional.empty();
		}
		String rest = matcher.group(3);
		int hash = rest.indexOf('#');
		String beforeFragment = hash < 0 ? rest : rest.substring(0, hash);
		int question = beforeFragment.indexOf('?');
		StringBuilder uri = new StringBuilder(matcher.group(1).toLowerCase(Locale.ROOT)).append("://")
			.append(asciiAuthority(matcher.group(2)));
		uri.append(escape(question < 0 ? beforeFragment : beforeFragment.substring(0, question), PATH_CHARS));
		if (question >= 0) {
			uri.append('?').append(escape(beforeFragment.substring(question + 1), QUERY_CHARS));
		}
		if (hash >= 0) {
			uri.append('#').append(escape(rest.substring(hash + 1), QUERY_CHARS));
		}
		return Optional.of(wholeForX(uri.toString()));
	}

	/**
	 * The link as a reader wants to see it: an international host in its own script, and escaped
	 * letters and digits of any script as themselves. Escaped ASCII ({@code %2F}, {@code %20}) and
	 * invisible or spacing characters stay escaped, so {@link #encode} gives the same link back.
	 * Anything but an absolute http(s) link comes back as it is.
	 */
	static String decode(String link) {
		Matcher matcher = ABSOLUTE.matcher(link);
		if (!matcher.matches()) {
			return link;
		}
		String authority = matcher.group(2);
		int at = authority.lastIndexOf('@');
		String host = authority.substring(at + 1);
		if (host.toLowerCase(Locale.ROOT).contains("xn--")) {
			host = IDN.toUnicode(host, IDN.ALLOW_UNASSIGNED);
		}
		return matcher.group(1) + "://" + authority.substring(0, at + 1) + host + readable(matcher.group(3));
	}

	/** Replaces each run of escaped non-ASCII UTF-8 bytes by the readable characters it spells. */
	private static String readable(String rest) {
		StringBuilder out = new StringBuilder(rest.length());
		int i = 0;
		while (i < rest.length()) {
			int end = i;
			while (end < rest.length() && isEscape(rest, end) && Character.digit(rest.charAt(end + 1), 16) >= 8) {
				end += 3;
			}
			if (end == i) {
				out.append(rest.charAt(i++));
				continue;
			}
			out.append(readableRun(rest.substring(i, end)));
			i = end;
		}
		return out.toString();
	}

	private static String readableRun(String escapes) {
		byte[] bytes = new byte[escapes.length() / 3];
		for (int b = 0; b < bytes.length; b++) {
			bytes[b] = (byte) Integer.parseInt(escapes.substring(b * 3 + 1, b * 3 + 3), 16);
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException ex) {
			return escapes;
		}
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach((c) -> {
			String character = Character.toString(c);
			out.append(isReadable(c) ? character : escape(character, ""));
		});
		return out.toString();
	}

	/** Letters, digits and their marks; never spaces, bidi controls or joiners, which hide what a link is. */
	private static boolean isReadable(int c) {
		int type = Character.getType(c);
		return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
				|| type == Character.COMBINING_SPACING_MARK;
	}

	/**
	 * twitter-text leaves some final characters (a full stop, an unbalanced bracket) out of a
	 * link; such a character is sent percent-encoded so the link stays whole and counts 23.
	 */
	private static String wholeForX(String uri) {
		char last = uri.charAt(uri.length() - 1);
		if (UNFIT_LAST.indexOf(last) < 0 || EXTRACTOR.extractURLs(uri).equals(List.of(uri))) {
			return uri;
		}
		return uri.substring(0, uri.length() - 1) + percent((byte) last);
	}

	/**
	 * Adds {@code utm_<key>=<value>} for each campaign parameter the link does not carry yet (the
	 * link's own value wins), before the fragment.
	 */
	static String withCampaign(String uri, UtmParameters utm) {
		int hash = uri.indexOf('#');
		String fragment = hash < 0 ? "" : uri.substring(hash);
		String base = hash < 0 ? uri : uri.substring(0, hash);
		int question = base.indexOf('?');
		String query = question < 0 ? "" : base.substring(question + 1);
		StringJoiner added = new StringJoiner("&");
		for (Map.Entry<String, String> parameter : utm.values().entrySet()) {
			String name = parameter.getKey().startsWith("utm_") ? parameter.getKey() : "utm_" + parameter.getKey();
			String value = parameter.getValue() == null ? "" : parameter.getValue().strip();
			if (!value.isEmpty() && !hasParameter(query, name)) {
				added.add(escape(name, UNRESERVED) + "=" + escape(value, VALUE_CHARS));
			}
		}
		if (added.length() == 0) {
			return uri;
		}
		String separator = question < 0 ? "?" : (query.isEmpty() || query.endsWith("&") ? "" : "&");
		return base + separator + added + fragment;
	}

	private static boolean hasParameter(String query, String name) {
		for (String pair : query.split("&")) {
			String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
			if (key.equalsIgnoreCase(name)) {
				return true;
			}
		}
		return false;
	}

	private static String asciiAuthority(String authority) {
		int at = authority.lastIndexOf('@');
		String userInfo = at < 0 ? "" : escape(authority.substring(0, at + 1), UNRESERVED + "!$&'()*+,;=:@");
		String hostAndPort = authority.substring(at + 1);
		int colon = hostAndPort.lastIndexOf(':');
		boolean hasPort = colon >= 0 && !hostAndPort.endsWith("]");
		String host = hasPort ? hostAndPort.substring(0, colon) : hostAndPort;
		String port = hasPort ? hostAndPort.substring(colon) : "";
		try {
			host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
		}
		catch (IllegalArgumentException ex) {
			host = escape(host, UNRESERVED + "[]:");
		}
		return userInfo + host.toLowerCase(Locale.ROOT) + port;
	}

	/** Percent-encodes, as UTF-8 in upper-case hex, every character not in {@code allowed}. */
	static String escape(String text, String allowed) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80 && (Character.isLetterOrDigit(c) || allowed.indexOf(c) >= 0 || isEscape(text, i))) {
				out.append(c);
			}
			else {
				int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
				for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
					out.append(percent(b));
				}
				i = end - 1;
			}
		}
		return out.toString();
	}

	private static boolean isEscape(String text, int i) {
		return text.charAt(i) == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2));
	}

	private static boolean isHex(char c) {
		return Character.digit(c, 16) >= 0 && c < 0x80;
	}

	private static String percent(byte b) {
		return String.format("%%%02X", b & 0xFF);
	}

}
