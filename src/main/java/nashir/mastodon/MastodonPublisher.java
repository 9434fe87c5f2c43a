package nashir.mastodon;

import java.util.List;

import nashir.net.NetException;
import nashir.publish.OutgoingPost;
import nashir.publish.PublishOutcome;
import nashir.publish.PublishOutcome.Published;
import nashir.publish.Publisher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes one account's posts to its Mastodon instance: the image first (when there is one),
 * then the status, keyed by the post's {@code Idempotency-Key} so that a resend after a crash is
 * answered with the status the first attempt made.
 */
final class MastodonPublisher implements Publisher {

	private static final Logger logger = LoggerFactory.getLogger(MastodonPublisher.class);

	private final String account;

	private final MastodonApi api;

	private final MediaUploader media;

	private final MastodonAnswers answers;

	private final String language;

	MastodonPublisher(String account, MastodonApi api, MediaUploader media, MastodonAnswers answers, String language) {
		this.account = account;
		this.api = api;
		this.media = media;
		this.answers = answers;
		this.language = language;
	}

	@Override
	public PublishOutcome publish(OutgoingPost post) {
		try {
			MediaUploader.Media image = (post.imageUrl() == null || post.imageUrl().isBlank())
					? MediaUploader.Media.NONE : this.media.attach(this.api, this.account, post);
			if (image.stop() != null) {
				return logged(image.stop());
			}
			String status = MastodonJson.status(post.text(), image.id() == null ? List.of() : List.of(image.id()),
					this.language);
			PublishOutcome outcome = this.answers.status(this.account,
					this.api.postStatus(status, post.key() == null ? null : post.key().text()));
			if (outcome instanceof Published published && image.note() != null) {
				outcome = published.withNote(image.note(), "mastodon.note.both");
			}
			return logged(outcome);
		}
		catch (NetException ex) {
			return logged(this.answers.noAnswer(ex));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return logged(this.answers.noAnswer(ex));
		}
	}

	private PublishOutcome logged(PublishOutcome outcome) {
		if (outcome instanceof Published published) {
			logger.info("published network=mastodon account={} statusId={} url={} note={}", this.account,
					published.tweetId(), published.url(), published.note());
		}
		else {
			logger.warn("not published network=mastodon account={} outcome={}", this.account, outcome);
		}
		return outcome;
	}

	@Override
	public String toString() {
		return "MastodonPublisher[account=" + this.account + ", instance=" + this.api.instance() + "]";
	}

}
