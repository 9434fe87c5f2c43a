package nashir.account;

/**
 * Who an X account is, as {@code GET /2/users/me} says.
 *
 * @param userId X's id of the user
 * @param handle the @handle, without the {@code @}
 * @param name the display name
 * @param pictureUrl the profile picture, an https URL, or {@code null}
 */
public record XProfile(String userId, String handle, String name, String pictureUrl) {
}
