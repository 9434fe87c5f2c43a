/**
 * What posts cost on X and the calendar budgets count in: the price table ({@code nashir.x.prices.*}),
 * a post's price from its text, the newsroom's days and months. Uses only {@code compose}, for X's
 * own link detection.
 */
package nashir.cost;
