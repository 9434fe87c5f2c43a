package nashir.publish;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import nashir.net.Answer;
import nashir.net.Call;
import nashir.net.Http;
import nashir.net.Limits;
import nashir.net.NetException;

/**
 * {@link XClient} over {@link Http}: the body goes as JSON or multipart, the signature comes from
 * an {@link OAuthSigner}, and X's answer is read up to {@code nashir.x.max-answer-size} within one
 * deadline. Redirects are not followed: a signature is valid for one URL only, and X's API does not
 * redirect.
 */
final class HttpXClient implements XClient {

	private final Http http;

	private final OAuthSigner signer;

	private final XApiSettings settings;

	private final Limits limits;

	HttpXClient(Http http, OAuthSigner signer, XApiSettings settings) {
		this.http = http;
		this.signer = signer;
		this.settings = settings;
		this.limits = new Limits(settings.connectTimeout(), settings.requestTimeout(), settings.requestTimeout(),
				settings.maxAnswerSize().toBytes(), 0);
	}

	@Override
	public XAnswer createTweet(String text, String mediaId) throws IOException {
		return postJson(endpoint(this.settings.apiBaseUrl(), "2/tweets"), XJson.tweet(text, mediaId));
	}

	@Override
	public XAnswer uploadImage(Image image) throws IOException {
		MultipartForm form = new MultipartForm()
			.file("media", "image." + image.type().extension(), image.type().mimeType(), image.bytes())
			.field("media_category", "tweet_image");
		return post(endpoint(this.settings.mediaBaseUrl(), "2/media/upload"), form.contentType(), form.toByteArray());
	}

	@Override
	public XAnswer describeImage(String mediaId, String altText) throws IOException {
		return postJson(endpoint(this.settings.mediaBaseUrl(), "2/media/metadata"), XJson.altText(mediaId, altText));
	}

	private XAnswer postJson(URI url, String json) throws IOException {
		return post(url, "application/json; charset=UTF-8", json.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Once X's status line has arrived, X has judged the call: an answer whose body then cannot be
	 * read (too large, cut off, too slow) is still an answer, never a reason to send again.
	 */
	private XAnswer post(URI url, String contentType, byte[] body) throws IOException {
		Map<String, String> headers = Map.of("Authorization", this.signer.authorization("POST", url), "Content-Type",
				contentType, "Accept", "application/json");
		try {
			Answer answer = this.http.send(Call.post(url, headers, body, this.limits));
			return new XAnswer(answer.status(), answer.headers(), new String(answer.body(), StandardCharsets.UTF_8));
		}
		catch (NetException ex) {
			if (ex.status() == 0) {
				throw ex;
			}
			return new XAnswer(ex.status(), ex.headers(), null, ex.getMessage());
		}
	}

	static URI endpoint(URI base, String path) {
		String root = base.toString();
		return URI.create(root.endsWith("/") ? root + path : root + "/" + path);
	}

}
