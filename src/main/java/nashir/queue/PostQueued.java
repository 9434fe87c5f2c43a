package nashir.queue;

/** Published when a post joins the queue; after its transaction commits, the dispatcher looks at once. */
record PostQueued(long postId, String account) {
}
