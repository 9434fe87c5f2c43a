package nashir.cost;

import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Budgets count in the zone the newsroom's pages show ({@code nashir.web.time-zone}; the machine's by default). */
@Configuration(proxyBeanMethods = false)
class CostConfiguration {

	@Bean
	BudgetCalendar budgetCalendar(Environment environment) {
		String zone = environment.getProperty("nashir.web.time-zone", "");
		return new BudgetCalendar(zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone));
	}

}
