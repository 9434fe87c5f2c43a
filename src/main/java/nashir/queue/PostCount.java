package nashir.queue;

/** How many posts of an account are in a state. */
public record PostCount(String account, PostStatus status, long count) {
}
