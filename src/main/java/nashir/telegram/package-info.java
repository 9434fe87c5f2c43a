/**
 * Telegram: posts go to a channel through a bot of the Bot API ({@code sendMessage}, {@code sendPhoto}),
 * over {@link nashir.net.Http}. The bot's token sits in every URL's path, so no URL of this package
 * is ever logged or put in a message. Uses publish, compose, net and text.
 */
package nashir.telegram;
