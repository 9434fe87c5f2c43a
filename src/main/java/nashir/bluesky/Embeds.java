package nashir.bluesky;

import java.util.Optional;

import tools.jackson.databind.JsonNode;

import nashir.bluesky.SignedIn.Reply;
import nashir.net.NetException;
import nashir.publish.Image;
import nashir.publish.ImageDownloader;
import nashir.publish.ImageRejected;
import nashir.publish.OutgoingPost;
import nashir.publish.PublishOutcome;
import nashir.text.Reason;

/**
 * What a post shows under its text: a card of the story's link (with the story's image as its thumbnail), or
 * without a link the image itself. A bad image never stops the post: it goes without it and the note says why.
 * Only what would stop any call of the account (a refused sign-in, a rate limit) stops the post.
 */
final class Embeds {

	/** Bluesky's most for a blob in a card or an image embed. */
	static final int MAX_BLOB = 1_000_000;

	private final ImageDownloader downloader;

	private final BlueskyAnswers answers;

	private final Pds pds;

	Embeds(ImageDownloader downloader, BlueskyAnswers answers, Pds pds) {
		this.downloader = downloader;
		this.answers = answers;
		this.pds = pds;
	}

	/** What the image step gives the post: an embed or none, a note on what was left out, or a stop. */
	record Embed(JsonNode json, Reason note, PublishOutcome stop) {

		static final Embed NONE = new Embed(null, null, null);

		static Embed leftOut(String key, String why, Object... args) {
			return new Embed(null, Reason.of(key, "image left out: " + why, args), null);
		}

	}

	Embed of(String account, SignedIn session, OutgoingPost post) {
		boolean card = present(post.link());
		if (!present(post.imageUrl())) {
			return card ? new Embed(BlueskyJson.card(post.link(), post.title(), null), null, null) : Embed.NONE;
		}
		Embed blob = upload(account, session, post.imageUrl());
		if (blob.stop() != null) {
			return blob;
		}
		if (card) {
			return new Embed(BlueskyJson.card(post.link(), post.title(), blob.json()), blob.note(), null);
		}
		return new Embed(blob.json() == null ? null : BlueskyJson.image(blob.json(), post.altText()), blob.note(), null);
	}

	/** The uploaded image's blob as the embed's JSON, or none and a note, or a stop. */
	private Embed upload(String account, SignedIn session, String url) {
		Image image;
		try {
			image = this.downloader.download(url);
		}
		catch (ImageRejected ex) {
			Reason why = ex.reason();
			return new Embed(null, new Reason(why.key(), why.args(), "image left out: " + why.english()), null);
		}
		if (image.bytes().length > MAX_BLOB) {
			return Embed.leftOut("bluesky.note.image.tooLarge",
					image.bytes().length + " bytes, more than the " + MAX_BLOB + " Bluesky takes", image.bytes().length);
		}
		Reply uploaded;
		try {
			uploaded = session.send((signedIn) -> this.pds.uploadBlob(signedIn.accessJwt(), image));
		}
		catch (NetException ex) {
			return Embed.leftOut("bluesky.note.image.uploadFailed", "the upload to Bluesky failed (" + ex.kind() + ")",
					ex.kind().toString());
		}
		Optional<PublishOutcome> stop = this.answers.accountStop(account, uploaded);
		if (stop.isPresent()) {
			return new Embed(null, null, stop.get());
		}
		JsonNode blob = uploaded.answer().isSuccess() ? BlueskyJson.blob(uploaded.answer()) : null;
		if (blob == null) {
			String detail = BlueskyAnswers.detail(uploaded.answer());
			return Embed.leftOut("bluesky.note.image.uploadRefused", "Bluesky refused the upload (" + detail + ")",
					detail);
		}
		return new Embed(blob, null, null);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
