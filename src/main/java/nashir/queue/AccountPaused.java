package nashir.queue;

import java.time.Instant;

import nashir.publish.AccountPause;

/**
 * Published when X stops taking anything from an account that was not paused yet: once per pause,
 * not at every probe that finds the credits still spent.
 */
public record AccountPaused(String account, AccountPause.Kind kind, String reason, Instant at) {
}
