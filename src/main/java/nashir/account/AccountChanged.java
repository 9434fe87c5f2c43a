package nashir.account;

/**
 * An admin's change to the accounts kept in the database, for the audit log (which the web
 * feature keeps). Says what changed, never a secret.
 *
 * @param action {@code account-create}, {@code account-reconnect}, {@code account-settings},
 * {@code account-delete} or {@code x-app-save}
 * @param account the account's name, or {@code null} for the X app
 * @param detail the settings after the change or the X handle, a stored {@link nashir.text.Reason}, or {@code null}
 */
public record AccountChanged(String user, String action, String account, String detail) {
}
