package nashir.bluesky;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nashir.net.Answer;
import nashir.net.Call;
import nashir.net.Http;
import nashir.net.Limits;
import nashir.net.NetException;
import nashir.publish.Image;

/**
 * The XRPC calls Nashir makes to an account's PDS, one method a call. No error is judged here: every answer
 * comes back as it is ({@link BlueskyAnswers} judges). Tokens go in headers, never in a URL.
 */
final class Pds {

	static final String DEFAULT_SERVICE = "https://bsky.social";

	private static final String JSON = "application/json";

	private final Http http;

	private final URI base;

	private final Limits limits;

	/** @param service the PDS, an http(s) address ({@link #service}) */
	Pds(Http http, URI service, BlueskySettings settings) {
		this.http = http;
		this.base = URI.create(service.toString().replaceAll("/+$", "") + "/xrpc/");
		this.limits = new Limits(settings.connectTimeout(), settings.requestTimeout(), settings.requestTimeout(),
				settings.maxAnswerSize().toBytes(), 0);
	}

	Answer createSession(String identifier, String password) throws NetException {
		return post("com.atproto.server.createSession", null, JSON, BlueskyJson.login(identifier, password));
	}

	/** A refresh is authorised by the refresh token, not the access token. */
	Answer refreshSession(String refreshJwt) throws NetException {
		return post("com.atproto.server.refreshSession", refreshJwt, null, null);
	}

	Answer uploadBlob(String accessJwt, Image image) throws NetException {
		return post("com.atproto.repo.uploadBlob", accessJwt, image.type().mimeType(), image.bytes());
	}

	Answer createRecord(String accessJwt, byte[] call) throws NetException {
		return post("com.atproto.repo.createRecord", accessJwt, JSON, call);
	}

	Answer getRecord(String accessJwt, String did, String rkey) throws NetException {
		return get("com.atproto.repo.getRecord?repo=" + query(did) + "&collection=" + BlueskyJson.POST + "&rkey="
				+ query(rkey), accessJwt);
	}

	Answer getProfile(String accessJwt, String actor) throws NetException {
		return get("app.bsky.actor.getProfile?actor=" + query(actor), accessJwt);
	}

	private Answer post(String method, String token, String type, byte[] body) throws NetException {
		Map<String, String> headers = headers(token);
		if (type != null) {
			headers.put("Content-Type", type);
		}
		return this.http.send(Call.post(uri(method), headers, body == null ? new byte[0] : body, this.limits));
	}

	private Answer get(String method, String token) throws NetException {
		return this.http.send(Call.get(uri(method), headers(token), this.limits));
	}

	/** The account's PDS ({@value #DEFAULT_SERVICE} when not set), or empty when it is no http(s) address. */
	static Optional<URI> service(String configured) {
		String service = (configured == null || configured.isBlank()) ? DEFAULT_SERVICE : configured.strip();
		try {
			URI uri = new URI(service);
			String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getQuery() == null)
					? Optional.of(uri) : Optional.empty();
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

	private URI uri(String method) {
		return this.base.resolve(method);
	}

	private static Map<String, String> headers(String token) {
		Map<String, String> headers = new HashMap<>();
		headers.put("Accept", JSON);
		if (token != null) {
			headers.put("Authorization", "Bearer " + token);
		}
		return headers;
	}

	private static String query(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "Pds[" + this.base + "]";
	}

}
