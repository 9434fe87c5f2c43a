package nashir.publish;

import java.io.IOException;

/**
 * The calls Nashir makes to X's v2 API for one account, each signed with the account's
 * OAuth 1.0a credentials. Answers come back unjudged; a failed exchange throws.
 */
interface XClient {

	/** {@code POST /2/tweets}; {@code mediaId} may be {@code null}. */
	XAnswer createTweet(String text, String mediaId) throws IOException, InterruptedException;

	/** {@code POST /2/media/upload} as a {@code tweet_image}. */
	XAnswer uploadImage(Image image) throws IOException, InterruptedException;

	/** {@code POST /2/media/metadata} with the image's alt text. */
	XAnswer describeImage(String mediaId, String altText) throws IOException, InterruptedException;

}
