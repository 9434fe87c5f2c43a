package nashir.mastodon;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import nashir.net.Answer;
import nashir.net.Call;
import nashir.net.Http;
import nashir.net.Limits;
import nashir.net.NetException;
import nashir.publish.Image;
import nashir.publish.MultipartForm;

/**
 * The calls Nashir makes to one account's instance, with its access token as a bearer token.
 * Redirects are never followed: the token must not travel to another host. The token stays in
 * here: {@link #toString()} names the instance only.
 */
final class MastodonApi {

	/** Mastodon's answers are small; a status with its account and card is a few kilobytes. */
	private static final long MAX_ANSWER = 1024 * 1024;

	private final Http http;

	private final InstanceAddress instance;

	private final String token;

	private final Limits limits;

	MastodonApi(Http http, InstanceAddress instance, String token, MastodonSettings settings) {
		this.http = http;
		this.instance = instance;
		this.token = token;
		this.limits = new Limits(settings.connectTimeout(), settings.requestTimeout(), settings.requestTimeout(),
				MAX_ANSWER, 0);
	}

	InstanceAddress instance() {
		return this.instance;
	}

	MastodonAnswer verifyCredentials() throws NetException {
		return send(Call.get(this.instance.endpoint("api/v1/accounts/verify_credentials"), headers(), this.limits));
	}

	/** {@code POST /api/v2/media}: 200 when the image is ready, 202 while the instance still processes it. */
	MastodonAnswer uploadMedia(Image image, String description) throws NetException {
		MultipartForm form = new MultipartForm().file("file", "image." + image.type().extension(),
				image.type().mimeType(), image.bytes());
		if (description != null) {
			form.field("description", description);
		}
		Map<String, String> headers = headers();
		headers.put("Content-Type", form.contentType());
		return send(Call.post(this.instance.endpoint("api/v2/media"), headers, form.toByteArray(), this.limits));
	}

	/** {@code GET /api/v1/media/:id}: 206 while processing, 200 once done. */
	MastodonAnswer media(String id) throws NetException {
		return send(Call.get(this.instance.endpoint("api/v1/media/" + id), headers(), this.limits));
	}

	/**
	 * {@code POST /api/v1/statuses}; with an idempotency key, a second call with it (within about an
	 * hour) is answered with the status the first one made, not a second one.
	 */
	MastodonAnswer postStatus(String json, String idempotencyKey) throws NetException {
		Map<String, String> headers = headers();
		headers.put("Content-Type", "application/json; charset=UTF-8");
		if (idempotencyKey != null) {
			headers.put("Idempotency-Key", idempotencyKey);
		}
		return send(Call.post(this.instance.endpoint("api/v1/statuses"), headers,
				json.getBytes(StandardCharsets.UTF_8), this.limits));
	}

	private Map<String, String> headers() {
		Map<String, String> headers = new HashMap<>();
		headers.put("Authorization", "Bearer " + this.token);
		headers.put("Accept", "application/json");
		return headers;
	}

	/**
	 * Once the status line has arrived the instance has judged the call: an answer whose body then
	 * cannot be read is still an answer, never a reason to send again.
	 */
	private MastodonAnswer send(Call call) throws NetException {
		try {
			Answer answer = this.http.send(call);
			return new MastodonAnswer(answer.status(), answer.headers(),
					new String(answer.body(), StandardCharsets.UTF_8), null);
		}
		catch (NetException ex) {
			if (ex.status() == 0) {
				throw ex;
			}
			return new MastodonAnswer(ex.status(), ex.headers(), null, ex.getMessage());
		}
	}


	@Override
	public String toString() {
		return "MastodonApi[instance=" + this.instance + "]";
	}

}
