package nashir.publish;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tests' own OAuth 1.0a HMAC-SHA1 signer (RFC 5849 §3.4), written apart from Twitter4J so
 * that a signature it accepts is checked independently.
 */
final class OAuth1Verifier {

	private static final Pattern PARAMETER = Pattern.compile("(\\w+)=\"([^\"]*)\"");

	private OAuth1Verifier() {
	}

	/** The header's {@code oauth_*} parameters, decoded. */
	static Map<String, String> parameters(String authorization) {
		if (authorization == null || !authorization.startsWith("OAuth ")) {
			throw new AssertionError("not an OAuth header: " + authorization);
		}
		Map<String, String> parameters = new TreeMap<>();
		Matcher matcher = PARAMETER.matcher(authorization.substring("OAuth ".length()));
		while (matcher.find()) {
			parameters.put(matcher.group(1), URLDecoder.decode(matcher.group(2), StandardCharsets.UTF_8));
		}
		return parameters;
	}

	/** The signature this header should carry for a body-less-signed request (no query, JSON or multipart body). */
	static String expectedSignature(String authorization, String method, String url, String consumerSecret,
			String tokenSecret) {
		return expectedSignature(authorization, Map.of(), method, url, consumerSecret, tokenSecret);
	}

	/** The same for a request with a form body: its parameters are signed too (RFC 5849 §3.4.1.3.1). */
	static String expectedSignature(String authorization, Map<String, String> form, String method, String url,
			String consumerSecret, String tokenSecret) {
		Map<String, String> signed = new TreeMap<>(parameters(authorization));
		signed.putAll(form);
		String normalized = signed.entrySet()
			.stream()
			.filter((parameter) -> !parameter.getKey().equals("oauth_signature") && !parameter.getKey().equals("realm"))
			.map((parameter) -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
			.sorted()
			.collect(Collectors.joining("&"));
		String baseString = method + "&" + encode(url) + "&" + encode(normalized);
		String key = encode(consumerSecret) + "&" + encode(tokenSecret);
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.US_ASCII), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** RFC 5849 §3.6: RFC 3986 unreserved characters stay, everything else is %XX of its UTF-8 bytes. */
	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8)
			.replace("+", "%20")
			.replace("*", "%2A")
			.replace("%7E", "~");
	}

}
