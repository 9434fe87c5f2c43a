package nashir.mastodon;

import java.time.Duration;
import java.util.Optional;

import com.ibm.icu.text.BreakIterator;
import nashir.net.NetException;
import nashir.publish.Image;
import nashir.publish.ImageDownloader;
import nashir.publish.ImageRejected;
import nashir.publish.OutgoingPost;
import nashir.publish.PublishOutcome;
import nashir.text.Reason;

/**
 * Downloads a post's image (through the guarded client: its URL comes from content), uploads it with
 * its description, and waits a bounded time for the instance to process it. A bad image never
 * stops the post: it goes without the image and the note says why. Only what stops every call of
 * the account (a refused token, a rate limit) stops the post.
 */
final class MediaUploader {

	/** Mastodon's limit for a media description. */
	static final int MAX_DESCRIPTION = 1500;

	private final ImageDownloader downloader;

	private final MastodonAnswers answers;

	private final int polls;

	private final Duration pollInterval;

	MediaUploader(ImageDownloader downloader, MastodonAnswers answers, MastodonSettings settings) {
		this.downloader = downloader;
		this.answers = answers;
		this.polls = settings.mediaPolls();
		this.pollInterval = settings.mediaPollInterval();
	}

	Media attach(MastodonApi api, String account, OutgoingPost post) throws InterruptedException {
		MastodonAnswer uploaded;
		try {
			Image image = this.downloader.download(post.imageUrl());
			uploaded = api.uploadMedia(image, description(post.altText()));
		}
		catch (ImageRejected ex) {
			Reason why = ex.reason();
			return new Media(null, new Reason(why.key(), why.args(), "image left out: " + why.english()), null);
		}
		catch (NetException ex) {
			return Media.leftOut("mastodon.note.image.uploadFailed",
					"upload to Mastodon failed (" + ex.getMessage() + ")", ex.getMessage());
		}
		Optional<PublishOutcome> stop = this.answers.accountStop(account, uploaded);
		if (stop.isPresent()) {
			return Media.stop(stop.get());
		}
		String id = uploaded.isSuccess() ? MastodonJson.text(uploaded.body(), "id") : null;
		if (!uploaded.isSuccess() || id == null || !id.chars().allMatch(Character::isLetterOrDigit)) {
			String detail = MastodonAnswers.detail(uploaded);
			return Media.leftOut("mastodon.note.image.refused", "Mastodon refused the upload (" + detail + ")", detail);
		}
		return (uploaded.status() == 202) ? processed(api, account, id) : new Media(id, null, null);
	}

	/** A 202: the instance is still processing the image, and refuses a status with it until it is done. */
	private Media processed(MastodonApi api, String account, String id) throws InterruptedException {
		for (int poll = 0; poll < this.polls; poll++) {
			Thread.sleep(this.pollInterval.toMillis());
			MastodonAnswer answer;
			try {
				answer = api.media(id);
			}
			catch (NetException ex) {
				continue;
			}
			if (answer.status() == 200) {
				return new Media(id, null, null);
			}
			Optional<PublishOutcome> stop = this.answers.accountStop(account, answer);
			if (stop.isPresent()) {
				return Media.stop(stop.get());
			}
			if (answer.status() != 206) {
				String detail = MastodonAnswers.detail(answer);
				return Media.leftOut("mastodon.note.image.failed", "Mastodon could not process it (" + detail + ")",
						detail);
			}
		}
		long seconds = (this.pollInterval.multipliedBy(this.polls).toMillis() + 999) / 1000;
		return Media.leftOut("mastodon.note.image.processing",
				"Mastodon was still processing it after " + seconds + " s", seconds);
	}

	/** Cut at a grapheme boundary, so no emoji or Arabic letter with its marks is split. */
	static String description(String altText) {
		if (altText == null || altText.isBlank()) {
			return null;
		}
		String text = altText.strip();
		if (text.codePointCount(0, text.length()) <= MAX_DESCRIPTION) {
			return text;
		}
		BreakIterator graphemes = BreakIterator.getCharacterInstance();
		graphemes.setText(text);
		int limit = text.offsetByCodePoints(0, MAX_DESCRIPTION);
		return text.substring(0, graphemes.isBoundary(limit) ? limit : graphemes.preceding(limit));
	}

	/**
	 * What the image step gives the status: a media id, a note on what was left out, or an outcome
	 * that ends the attempt before the status is sent.
	 */
	record Media(String id, Reason note, PublishOutcome stop) {

		static final Media NONE = new Media(null, null, null);

		static Media leftOut(String key, String why, Object... args) {
			return new Media(null, Reason.of(key, "image left out: " + why, args), null);
		}

		static Media stop(PublishOutcome outcome) {
			return new Media(null, null, outcome);
		}

	}

}
