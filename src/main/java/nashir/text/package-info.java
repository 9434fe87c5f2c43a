/**
 * Text every feature shares: {@link nashir.text.Reason}, why something failed, as a message key
 * with arguments for pages and as an English sentence for logs and the API. Uses no other feature.
 */
package nashir.text;
