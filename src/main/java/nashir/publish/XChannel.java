package nashir.publish;

import java.time.Clock;

import nashir.compose.LengthRule;
import nashir.net.Http;

import org.springframework.stereotype.Component;

/** X through its v2 API: OAuth 1.0a user context, media upload first, then the post. */
@Component
public class XChannel implements Channel {

	private final XApiSettings x;

	private final XAnswerClassifier classifier = new XAnswerClassifier(Clock.systemUTC());

	private final ImageDownloader downloader;

	private final Http toX = Http.unguarded();

	/**
	 * @param images the guarded client for image URLs, which come from feeds, pages and editors;
	 * X's own configured endpoints are called through an unguarded one
	 */
	public XChannel(XApiSettings x, Http images) {
		this.x = x;
		this.downloader = new ImageDownloader(images, x.connectTimeout(), x.requestTimeout());
	}

	@Override
	public Network network() {
		return Network.X;
	}

	@Override
	public Publisher publisher(String name, Account account) {
		XClient client = new HttpXClient(this.toX, new Twitter4jOAuthSigner(account), this.x);
		return new XPublisher(name, client, new ImageAttacher(this.downloader, this.classifier), this.classifier);
	}

	@Override
	public LengthRule lengthRule(Account account) {
		return LengthRule.X;
	}

}
