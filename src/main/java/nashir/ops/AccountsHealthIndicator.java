package nashir.ops;

import java.util.LinkedHashMap;
import java.util.Map;

import nashir.queue.AccountStates;
import nashir.queue.AccountStatus;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Each account in {@code /actuator/health}: ok, paused (with X's reason: credentials, credits or
 * permission refused) or waiting for a rate limit. The service stays UP when an account is paused:
 * restarting it would not help, an operator (or new credits) must act, and the other accounts go on.
 */
@Component("accounts")
class AccountsHealthIndicator extends AbstractHealthIndicator {

	private final AccountStates accounts;

	AccountsHealthIndicator(AccountStates accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Map<String, Object> details = new LinkedHashMap<>();
		for (AccountStatus account : accounts.all()) {
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("state", account.state().name().toLowerCase());
			detail.put("dryRun", account.dryRun());
			if (account.pause() != null) {
				detail.put("pause", account.pause().kind().name().toLowerCase());
				detail.put("reason", account.pause().reason());
				detail.put("since", String.valueOf(account.pausedAt()));
			}
			if (account.nextProbeAt() != null) {
				detail.put("nextProbe", account.nextProbeAt().toString());
			}
			if (account.state() == AccountStatus.State.RATE_LIMITED) {
				detail.put("until", account.blockedUntil().toString());
			}
			details.put(account.account(), detail);
		}
		builder.up().withDetails(details);
	}

}
