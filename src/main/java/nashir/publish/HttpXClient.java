package nashir.publish;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

/**
 * {@link XClient} over {@code java.net.http}: the body goes as JSON or multipart, the
 * signature comes from an {@link OAuthSigner}. Redirects are not followed: a signature is
 * valid for one URL only, and X's API does not redirect.
 */
final class HttpXClient implements XClient {

	private final HttpClient http;

	private final OAuthSigner signer;

	private final XApiSettings settings;

	HttpXClient(HttpClient http, OAuthSigner signer, XApiSettings settings) {
		this.http = http;
		this.signer = signer;
		this.settings = settings;
	}

	@Override
	public XAnswer createTweet(String text, String mediaId) throws IOException, InterruptedException {
		return postJson(endpoint(this.settings.apiBaseUrl(), "2/tweets"), XJson.tweet(text, mediaId));
	}

	@Override
	public XAnswer uploadImage(Image image) throws IOException, InterruptedException {
		MultipartForm form = new MultipartForm()
			.file("media", "image." + image.type().extension(), image.type().mimeType(), image.bytes())
			.field("media_category", "tweet_image");
		return post(endpoint(this.settings.mediaBaseUrl(), "2/media/upload"), form.contentType(),
				BodyPublishers.ofByteArray(form.toByteArray()));
	}

	@Override
	public XAnswer describeImage(String mediaId, String altText) throws IOException, InterruptedException {
		return postJson(endpoint(this.settings.mediaBaseUrl(), "2/media/metadata"), XJson.altText(mediaId, altText));
	}

	private XAnswer postJson(URI url, String json) throws IOException, InterruptedException {
		return post(url, "application/json; charset=UTF-8", BodyPublishers.ofString(json));
	}

	private XAnswer post(URI url, String contentType, BodyPublisher body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(this.settings.requestTimeout())
			.header("Authorization", this.signer.authorization("POST", url))
			.header("Content-Type", contentType)
			.header("Accept", "application/json")
			.POST(body)
			.build();
		HttpResponse<String> response = this.http.send(request, BodyHandlers.ofString());
		return new XAnswer(response.statusCode(), response.headers(), response.body());
	}

	static URI endpoint(URI base, String path) {
		String root = base.toString();
		return URI.create(root.endsWith("/") ? root + path : root + "/" + path);
	}

}
