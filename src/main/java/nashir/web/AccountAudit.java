package nashir.web;

import nashir.account.AccountChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes the accounts feature's changes to the audit log, in the same transaction as the change. */
@Component
class AccountAudit {

	private final AuditLog audit;

	AccountAudit(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void record(AccountChanged change) {
		audit.record(change.user(), change.action(), null, change.account(), null, null, change.detail());
	}

}
