package nashir.publish;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nashir.publish.PublishOutcome.Published;

/** Publishes one account's posts to X: image first (when there is one), then the tweet. */
final class XPublisher implements Publisher {

	private static final Logger logger = LoggerFactory.getLogger(XPublisher.class);

	private final String account;

	private final XClient x;

	private final ImageAttacher images;

	private final XAnswerClassifier classifier;

	XPublisher(String account, XClient x, ImageAttacher images, XAnswerClassifier classifier) {
		this.account = account;
		this.x = x;
		this.images = images;
		this.classifier = classifier;
	}

	@Override
	public PublishOutcome publish(OutgoingPost post) {
		try {
			Attachment attachment = (post.imageUrl() == null || post.imageUrl().isBlank()) ? Attachment.NONE
					: this.images.attach(this.x, this.account, post);
			if (attachment.stop() != null) {
				return logged(attachment.stop());
			}
			PublishOutcome outcome = this.classifier.tweet(this.account,
					this.x.createTweet(post.text(), attachment.mediaId()));
			if (outcome instanceof Published published && attachment.note() != null) {
				outcome = published.withNote(attachment.note(), "publish.note.both");
			}
			return logged(outcome);
		}
		catch (IOException ex) {
			return logged(this.classifier.noAnswer(ex));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return logged(this.classifier.noAnswer(ex));
		}
	}

	private PublishOutcome logged(PublishOutcome outcome) {
		if (outcome instanceof Published published) {
			logger.info("published account={} tweetId={} note={}", this.account, published.tweetId(),
					published.note());
		}
		else {
			logger.warn("not published account={} outcome={}", this.account, outcome);
		}
		return outcome;
	}

	@Override
	public String toString() {
		return "XPublisher[account=" + this.account + "]";
	}

}
