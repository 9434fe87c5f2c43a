package nashir.web;

/** What a user of the newsroom app may do; each role includes the ones below it. */
enum Role {

	/** Everything, including managing users. */
	ADMIN,
	/** The queue, review, compose, and pausing or resuming schedules. */
	EDITOR,
	/** Read-only: feeds, queue, log, dashboard. */
	VIEWER

}
