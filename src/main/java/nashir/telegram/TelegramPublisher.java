package nashir.telegram;

import java.net.URI;
import java.util.Locale;

import nashir.publish.OutgoingPost;
import nashir.publish.PublishOutcome;
import nashir.publish.PublishOutcome.Published;
import nashir.publish.Publisher;
import nashir.telegram.BotApi.NoAnswer;
import nashir.text.Reason;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.node.ObjectNode;

/**
 * Publishes one account's posts to its Telegram chat: a photo with the text as its caption when
 * the story has an image and the text fits a caption, else a message whose link preview shows the
 * image, or the story's page. A photo Telegram refuses never costs the story: the text goes alone.
 */
final class TelegramPublisher implements Publisher {

	private static final Logger logger = LoggerFactory.getLogger(TelegramPublisher.class);

	private final String account;

	private final ChatAddress chat;

	private final BotApi bot;

	private final TelegramAnswers answers;

	TelegramPublisher(String account, ChatAddress chat, BotApi bot, TelegramAnswers answers) {
		this.account = account;
		this.chat = chat;
		this.bot = bot;
		this.answers = answers;
	}

	@Override
	public PublishOutcome publish(OutgoingPost post) {
		if (!this.bot.wellFormed()) {
			return logged(TelegramAnswers.malformedToken(this.account));
		}
		try {
			boolean hasImage = post.imageUrl() != null && !post.imageUrl().isBlank();
			String image = hasImage ? photoUrl(post.imageUrl()) : null;
			if (hasImage && image == null) {
				return logged(noted(message(post, post.link()), Reason.of("telegram.note.photoLink",
						"Posted without the image: its link is not valid")));
			}
			if (image != null && TelegramText.fitsCaption(post.text())) {
				BotAnswer photo = this.bot.call("sendPhoto", photoParams(image, post.text()));
				if (TelegramAnswers.refusesPhoto(photo)) {
					return logged(noted(message(post, post.link()), Reason.of("telegram.note.photoRefused",
							"Posted without the image: Telegram refused it (" + photo.detail() + ")", photo.detail())));
				}
				return logged(this.answers.sent(this.account, this.chat, photo));
			}
			// Too long for a caption: a message, whose preview can show the image large above the text.
			return logged(message(post, (image != null) ? image : post.link()));
		}
		catch (NoAnswer ex) {
			return logged(this.answers.noAnswer(ex));
		}
	}

	private PublishOutcome message(OutgoingPost post, String preview) throws NoAnswer {
		ObjectNode params = BotApi.JSON.createObjectNode()
			.put("chat_id", this.chat.id())
			.put("text", TelegramText.html(post.text()))
			.put("parse_mode", "HTML");
		if (preview != null && !preview.isBlank()) {
			params.putObject("link_preview_options").put("url", preview).put("prefer_large_media", true);
		}
		return this.answers.sent(this.account, this.chat, this.bot.call("sendMessage", params));
	}

	private ObjectNode photoParams(String image, String caption) {
		return BotApi.JSON.createObjectNode()
			.put("chat_id", this.chat.id())
			.put("photo", image)
			.put("caption", TelegramText.html(caption))
			.put("parse_mode", "HTML");
	}

	private static PublishOutcome noted(PublishOutcome outcome, Reason note) {
		return (outcome instanceof Published published) ? published.withNote(note, "telegram.note.both") : outcome;
	}

	/**
	 * The image's URL as Telegram fetches it: feeds give WordPress file names with raw Arabic or
	 * spaces, percent-encoded here (UTF-8); {@code null} for what is no http(s) URL.
	 */
	static String photoUrl(String url) {
		try {
			URI uri = URI.create(URI.create(url.strip().replace(" ", "%20")).toASCIIString());
			String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private PublishOutcome logged(PublishOutcome outcome) {
		if (outcome instanceof Published published) {
			logger.info("published account={} network=telegram chat={} messageId={} note={}", this.account, this.chat,
					published.tweetId(), published.note());
		}
		else {
			logger.warn("not published account={} network=telegram chat={} outcome={}", this.account, this.chat,
					outcome);
		}
		return outcome;
	}

	@Override
	public String toString() {
		return "TelegramPublisher[account=" + this.account + ", chat=" + this.chat + "]";
	}

}
