package nashir.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/stats} and {@code /api/audit}: the dashboard's numbers and the editors' audit trail as JSON. */
@RestController
@RequestMapping("/api")
class StatsApiController {

	private final DashboardStats stats;

	private final AuditLog audit;

	StatsApiController(DashboardStats stats, AuditLog audit) {
		this.stats = stats;
		this.audit = audit;
	}

	@GetMapping("/stats")
	DashboardStats.Stats lastWeek() {
		return stats.lastWeek();
	}

	@GetMapping("/audit")
	List<AuditLog.Entry> audit() {
		return audit.latest(AuditController.PAGE_SIZE);
	}

}
