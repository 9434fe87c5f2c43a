package nashir;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps DESIGN.md's one-way dependencies true: web/ops/cli → schedule, queue → feed, compose, publish → net,
 * each network's channel (telegram, mastodon, bluesky) → publish, compose, net,
 * queue → cost (prices, budgets' calendar) → compose;
 * alert listens to queue and feed, and web shows its bell.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(NashirApplication.class);

	/**
	 * What each feature may use; the leaves use only net, the outbound HTTP seam, and text, reasons with message
	 * keys; net and text use nothing.
	 */
	static final Map<String, Set<String>> ALLOWED = Map.ofEntries(Map.entry("text", Set.of()),
			Map.entry("net", Set.of()), Map.entry("feed", Set.of("net", "text")),
			Map.entry("compose", Set.of("net", "text")), Map.entry("publish", Set.of("compose", "net", "text")),
			Map.entry("telegram", Set.of("publish", "compose", "net", "text")),
			Map.entry("mastodon", Set.of("publish", "compose", "net", "text")),
			Map.entry("bluesky", Set.of("publish", "compose", "net", "text")),
			Map.entry("cost", Set.of("compose")),
			Map.entry("queue", Set.of("publish", "compose", "cost", "text")),
			Map.entry("schedule", Set.of("feed", "compose", "queue", "publish", "text")),
			Map.entry("web", Set.of("schedule", "queue", "feed", "compose", "publish", "cost", "ops", "alert", "account", "text")),
			Map.entry("ops", Set.of("schedule", "queue", "feed", "compose", "publish", "cost", "text")),
			Map.entry("cli", Set.of("schedule", "feed", "compose", "web", "account", "text")),
			Map.entry("alert", Set.of("queue", "feed", "publish", "net", "text")),
			Map.entry("account", Set.of("publish", "queue", "net", "text")));

	@Test
	void shouldHaveNoCyclesBetweenFeatures() {
		MODULES.verify();
	}

	@Test
	void shouldKeepEveryFeatureToItsAllowedDependencies() {
		assertThat(MODULES.stream().map(ApplicationModule::getName)).allMatch(ALLOWED::containsKey);
		for (ApplicationModule module : MODULES) {
			Set<String> used = module.getDirectDependencies(MODULES)
				.uniqueModules()
				.map(ApplicationModule::getName)
				.collect(Collectors.toSet());
			assertThat(used).as("features used by %s", module.getName()).isSubsetOf(ALLOWED.get(module.getName()));
		}
	}

}
