package nashir.account;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import nashir.net.Answer;
import nashir.net.Call;
import nashir.net.Http;
import nashir.net.Limits;
import nashir.net.NetException;
import nashir.publish.Twitter4jOAuthSigner;
import nashir.publish.XApiSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The calls to X of a sign-in: request token, access token, {@code GET /2/users/me}. Twitter4J
 * signs each one; {@link Http} sends it, each answer read within {@code nashir.x.max-answer-size}
 * and {@code nashir.x.request-timeout}, as for posts. X's refusals become {@link XSignInFailed}
 * naming the step.
 */
final class XSignInClient {

	/** The step of a sign-in, as the messages name it. */
	enum Step {

		REQUEST, ACCESS, PROFILE;

		String key() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** A token and its secret, as X gave them; the secret never leaves this object. */
	record Token(String token, String secret) {

		@Override
		public String toString() {
			return "Token[token=" + token + ", secret=set]";
		}

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Http http;

	private final XSignInSettings oauth;

	private final XApiSettings api;

	private final Limits limits;

	XSignInClient(Http http, XSignInSettings oauth, XApiSettings api) {
		this.http = http;
		this.oauth = oauth;
		this.api = api;
		this.limits = new Limits(api.connectTimeout(), api.requestTimeout(), api.requestTimeout(),
				api.maxAnswerSize().toBytes(), 0);
	}

	/** @param callback where X sends the admin back, or {@code oob} for a PIN */
	Token requestToken(XApp app, String callback) throws XSignInFailed {
		Map<String, String> answer = form(Step.REQUEST, send(Step.REQUEST, "POST", this.oauth.requestToken(),
				Map.of("oauth_callback", callback), signer(app, null)));
		return token(Step.REQUEST, answer);
	}

	URI authorizeUrl(Token request) {
		return URI.create(this.oauth.authorize() + "?oauth_token=" + URLEncoder.encode(request.token(), StandardCharsets.UTF_8));
	}

	Token accessToken(XApp app, Token request, String verifier) throws XSignInFailed {
		Map<String, String> answer = form(Step.ACCESS, send(Step.ACCESS, "POST", this.oauth.accessToken(),
				Map.of("oauth_verifier", verifier), signer(app, request)));
		return token(Step.ACCESS, answer);
	}

	XProfile me(XApp app, Token access) throws XSignInFailed {
		URI url = URI.create(root(this.api.apiBaseUrl()) + "2/users/me?user.fields=profile_image_url");
		JsonNode data = json(send(Step.PROFILE, "GET", url, Map.of(), signer(app, access))).path("data");
		String id = data.path("id").asString("");
		String handle = data.path("username").asString("");
		if (id.isEmpty() || handle.isEmpty()) {
			throw unreadable(Step.PROFILE);
		}
		String picture = data.path("profile_image_url").asString("");
		return new XProfile(id, handle, data.path("name").asString(handle),
				picture.startsWith("https://") ? picture : null);
	}

	private static Twitter4jOAuthSigner signer(XApp app, Token token) {
		return new Twitter4jOAuthSigner(app.consumerKey(), app.consumerSecret(), token == null ? null : token.token(),
				token == null ? null : token.secret());
	}

	private byte[] send(Step step, String method, URI url, Map<String, String> form, Twitter4jOAuthSigner signer)
			throws XSignInFailed {
		Map<String, String> headers = new HashMap<>();
		headers.put("Authorization", signer.authorization(method, url, form));
		byte[] body = null;
		if (!form.isEmpty()) {
			headers.put("Content-Type", "application/x-www-form-urlencoded");
			body = Twitter4jOAuthSigner.formBody(form).getBytes(StandardCharsets.UTF_8);
		}
		Answer answer;
		try {
			answer = this.http.send(new Call(method, url, headers, body, this.limits));
		}
		catch (NetException ex) {
			if (ex.status() >= 200 && ex.status() < 300) {
				throw unreadable(step);
			}
			if (ex.status() != 0) {
				throw refused(step, ex.status());
			}
			throw ex.isTimeout()
					? new XSignInFailed("xconnect.error.timeout", step(step) + " failed: X did not answer in time", step.key())
					: new XSignInFailed("xconnect.error.unreachable", step(step) + " failed: X could not be reached ("
							+ ex.getMessage() + ")", step.key());
		}
		if (!answer.isSuccess()) {
			throw refused(step, answer.status());
		}
		return answer.body();
	}

	private static XSignInFailed refused(Step step, int status) {
		if (status == 401) {
			return switch (step) {
				case REQUEST -> new XSignInFailed("xconnect.error.appRefused",
						"X refused the X app's consumer key or secret (HTTP 401 at the request token)");
				case ACCESS -> new XSignInFailed("xconnect.error.verifierRefused",
						"X refused the sign-in (HTTP 401 at the access token): the PIN is wrong, or the sign-in was already used or has expired at X");
				case PROFILE -> new XSignInFailed("xconnect.error.profileRefused",
						"X refused the new access token when Nashir read the account's profile (HTTP 401 at users/me)");
			};
		}
		return new XSignInFailed("xconnect.error.status", step(step) + " failed: X answered HTTP " + status, step.key(),
				status);
	}

	private static XSignInFailed unreadable(Step step) {
		return new XSignInFailed("xconnect.error.unreadable", step(step) + " failed: X's answer could not be read",
				step.key());
	}

	private static String step(Step step) {
		return switch (step) {
			case REQUEST -> "asking X for a request token";
			case ACCESS -> "exchanging the verifier for an access token";
			case PROFILE -> "reading the account's profile (users/me)";
		};
	}

	private static Token token(Step step, Map<String, String> answer) throws XSignInFailed {
		String token = answer.get("oauth_token");
		String secret = answer.get("oauth_token_secret");
		if (token == null || token.isBlank() || secret == null || secret.isBlank()) {
			throw unreadable(step);
		}
		return new Token(token, secret);
	}

	/** X's token answers are a form: {@code oauth_token=…&oauth_token_secret=…}. */
	private static Map<String, String> form(Step step, byte[] body) throws XSignInFailed {
		Map<String, String> fields = new HashMap<>();
		try {
			for (String pair : new String(body, StandardCharsets.UTF_8).strip().split("&")) {
				String[] parts = pair.split("=", 2);
				if (parts.length == 2) {
					fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
							URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
				}
			}
		}
		catch (IllegalArgumentException ex) {
			throw unreadable(step);
		}
		return fields;
	}

	private static JsonNode json(byte[] body) throws XSignInFailed {
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw unreadable(Step.PROFILE);
		}
	}

	private static String root(URI base) {
		String root = base.toString();
		return root.endsWith("/") ? root : root + "/";
	}

}
