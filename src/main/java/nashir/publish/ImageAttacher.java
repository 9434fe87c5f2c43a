package nashir.publish;

import java.io.IOException;
import java.util.Optional;

import com.ibm.icu.text.BreakIterator;
import nashir.text.Reason;

/**
 * Downloads a post's image, uploads it to X and sets its alt text. A bad image never stops
 * the post: it goes without the image (or without the alt text) and the note says why. Only
 * what would stop any call of the account (a paused account, a rate limit) stops the post.
 */
final class ImageAttacher {

	/** X's limit for alt text. */
	static final int MAX_ALT_TEXT = 1000;

	private final ImageDownloader downloader;

	private final XAnswerClassifier classifier;

	ImageAttacher(ImageDownloader downloader, XAnswerClassifier classifier) {
		this.downloader = downloader;
		this.classifier = classifier;
	}

	Attachment attach(XClient x, String account, OutgoingPost post) throws InterruptedException {
		Image image;
		XAnswer uploaded;
		try {
			image = this.downloader.download(post.imageUrl());
			uploaded = x.uploadImage(image);
		}
		catch (ImageRejected ex) {
			return Attachment.imageLeftOut(ex);
		}
		catch (IOException ex) {
			return Attachment.imageLeftOut("publish.note.image.uploadFailed",
					"upload to X failed (" + ex.getClass().getSimpleName() + ")", ex.getClass().getSimpleName());
		}
		Optional<PublishOutcome> stop = this.classifier.accountStop(account, uploaded);
		if (stop.isPresent()) {
			return Attachment.stop(stop.get());
		}
		if (!uploaded.isSuccess()) {
			return Attachment.imageLeftOut("publish.note.image.uploadRefused",
					"X refused the upload (" + XAnswerClassifier.detail(uploaded) + ")", XAnswerClassifier.detail(uploaded));
		}
		String mediaId = XJson.dataId(uploaded.body());
		if (!XIds.usable(mediaId)) {
			// Sent along, an unusable id would make X refuse the whole post.
			return (mediaId == null) ? Attachment.imageLeftOut("publish.note.image.noMediaId", "X named no media id for the upload")
					: Attachment.imageLeftOut("publish.note.image.badMediaId",
							"X named an unusable media id ('" + XAnswerClassifier.shortened(mediaId) + "')",
							XAnswerClassifier.shortened(mediaId));
		}
		if (post.altText() == null || post.altText().isBlank()) {
			return new Attachment(mediaId, null, null);
		}
		return describe(x, account, mediaId, post.altText());
	}

	private Attachment describe(XClient x, String account, String mediaId, String altText)
			throws InterruptedException {
		XAnswer answer;
		try {
			answer = x.describeImage(mediaId, shorten(altText.strip()));
		}
		catch (IOException ex) {
			return new Attachment(mediaId, Reason.of("publish.note.alt.failed",
					"alt text left out (" + ex.getClass().getSimpleName() + ")", ex.getClass().getSimpleName()), null);
		}
		Optional<PublishOutcome> stop = this.classifier.accountStop(account, answer);
		if (stop.isPresent()) {
			return Attachment.stop(stop.get());
		}
		return answer.isSuccess() ? new Attachment(mediaId, null, null) : new Attachment(mediaId,
				Reason.of("publish.note.alt.refused", "alt text left out: X refused it (" + XAnswerClassifier.detail(answer) + ")",
						XAnswerClassifier.detail(answer)), null);
	}

	/** Cuts at a grapheme boundary, so no emoji or Arabic letter with its marks is split. */
	static String shorten(String altText) {
		if (altText.length() <= MAX_ALT_TEXT) {
			return altText;
		}
		BreakIterator graphemes = BreakIterator.getCharacterInstance();
		graphemes.setText(altText);
		int end = graphemes.isBoundary(MAX_ALT_TEXT) ? MAX_ALT_TEXT : graphemes.preceding(MAX_ALT_TEXT);
		return altText.substring(0, end);
	}

}
