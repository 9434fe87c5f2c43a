package nashir;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Migrates the schema at start, first putting right what Flyway's validation would otherwise
 * refuse for ever: a migration recorded as failed (H2 has no transactional DDL, so a crash or a
 * full disk mid-migration leaves one; every migration is safe to run again, so it is simply run
 * again), and the checksums of the migrations that were rewritten to be re-runnable, as applied by
 * the released version. Any other difference (an applied migration edited in some other way, or
 * one this version does not know) still stops the start with Flyway's own message.
 */
@Component
class MigrationRepair implements FlywayMigrationStrategy {

	private static final Logger log = LoggerFactory.getLogger(MigrationRepair.class);

	/**
	 * The checksums Flyway recorded for migrations as the released version shipped them, before
	 * they were rewritten with IF NOT EXISTS (V1 differs between H2 and PostgreSQL). Kept equal to
	 * {@code src/test/resources/db/migration-released} by {@code MigrationRepairTests}.
	 */
	static final Map<String, Set<Integer>> RELEASED_CHECKSUMS = Map.of("1", Set.of(203888644, 442105836), "2",
			Set.of(756673047), "3", Set.of(1576992848), "4", Set.of(-1138452683), "5", Set.of(-70201924), "10",
			Set.of(902197118), "11", Set.of(380793478), "50", Set.of(-1501038793), "51", Set.of(-1315054664));

	@Override
	public void migrate(Flyway flyway) {
		List<String> repairable = new ArrayList<>();
		boolean unknownDifference = false;
		for (MigrationInfo info : flyway.info().applied()) {
			if (info.getState() == MigrationState.FAILED) {
				repairable.add("V" + info.getVersion() + " failed");
			}
			else if (info.getState().name().startsWith("MISSING_")) {
				// Applied by a newer release (a downgrade): repair() would quietly mark it deleted.
				unknownDifference = true;
			}
			else if (info.getResolvedChecksum() != null && !info.isChecksumMatching()) {
				if (released(info)) {
					repairable.add("V" + info.getVersion() + " rewritten to be re-runnable");
				}
				else {
					unknownDifference = true;
				}
			}
		}
		// repair() would also accept an unknown edit: leave those to validation, which names them.
		if (!repairable.isEmpty() && !unknownDifference) {
			log.warn("Repairing the schema history before migrating: {}", repairable);
			flyway.repair();
		}
		flyway.migrate();
	}

	private static boolean released(MigrationInfo info) {
		return info.getVersion() != null
				&& RELEASED_CHECKSUMS.getOrDefault(info.getVersion().getVersion(), Set.of())
					.contains(info.getAppliedChecksum());
	}

}
