package nashir.ops;

import java.util.LinkedHashMap;
import java.util.Map;

import nashir.queue.AccountStates;
import nashir.queue.AccountStatus;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Each account in {@code /actuator/health}: ok, paused (credentials refused) or waiting for a
 * rate limit. The service stays UP when an account is paused: restarting it would not help, an
 * operator must act, and the other accounts go on.
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
			if (account.pausedReason() != null) {
				detail.put("reason", account.pausedReason());
			}
			if (account.state() == AccountStatus.State.RATE_LIMITED) {
				detail.put("until", account.blockedUntil().toString());
			}
			details.put(account.account(), detail);
		}
		builder.up().withDetails(details);
	}

}
