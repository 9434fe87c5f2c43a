package nashir.queue;

/**
 * Published when a post may fall due sooner than the dispatcher planned to look: it was queued again,
 * rescheduled, sent now, retried or set to retry, or its account resumed. After its transaction
 * commits, the dispatcher looks at its next tick.
 */
record QueueChanged() {
}
