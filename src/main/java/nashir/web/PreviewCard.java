package nashir.web;

import nashir.compose.PostLength;
import nashir.compose.PostLinks;

/**
 * What a post will look like on one network: each network has its own card (and its own
 * fragment, {@code fragments/preview :: <network>}), so a channel adds a record here.
 */
sealed interface PreviewCard permits PreviewCard.X, PreviewCard.Message {

	/** The name of the card's fragment in {@code fragments/preview.html}. */
	String network();

	/**
	 * A post on X: the account's picture or initials, name and handle, the text with its links,
	 * hashtags and mentions marked, then the image, or else a card for the first link.
	 * @param picture an https address the browser may load, or {@code null} for the initials
	 * @param image the thumbnail of the image the post sends, or {@code null}
	 * @param linkCard the first link when there is no image, or {@code null}
	 */
	record X(String name, String handle, String initials, String picture, String text, String image,
			PostLinks.Part linkCard) implements PreviewCard {

		/** The site a link card names, as X's card does under its title. */
		public String linkHost() {
			return host(linkCard);
		}

		@Override
		public String network() {
			return "x";
		}

	}

	/**
	 * A post on Telegram, Mastodon or Bluesky: as X's card, marked with its network, and with the
	 * text's count by that network's rule, which differs from X's (Mastodon 500, Bluesky 300
	 * graphemes, Telegram 4,096).
	 * @param network the network's id, {@code telegram}, {@code mastodon} or {@code bluesky}
	 * @param handle as the network writes it: a Telegram channel's {@code @name}, a Mastodon
	 * {@code @user@instance}, a Bluesky {@code @name.bsky.social}
	 */
	record Message(String network, String name, String handle, String initials, String picture, String text,
			String image, PostLinks.Part linkCard, PostLength length) implements PreviewCard {

		public String linkHost() {
			return host(linkCard);
		}

	}

	private static String host(PostLinks.Part link) {
		return link == null ? null : link.text().replaceFirst("(?i)^https?://", "").split("[/?#]", 2)[0];
	}

}
