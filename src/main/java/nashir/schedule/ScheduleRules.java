package nashir.schedule;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a schedule file is checked against beyond its own text.
 *
 * @param accounts the account names there are, asked at each parse because accounts can be added
 * while the service runs; empty where the configuration is not read (the preview), and then any
 * name passes
 * @param fileRoot where {@code file:} feeds may be
 * @param minEvery the shortest {@code every:}
 */
record ScheduleRules(Optional<Supplier<Set<String>>> accounts, FileRoot fileRoot, Duration minEvery) {

	/** The floor of {@code every:}: a feed polled more often burdens its site for no gain. */
	static final Duration MIN_EVERY = Duration.ofSeconds(10);

	/**
	 * The ceiling of {@code every:}: a year. Beyond it a typo (a day count with extra digits) would make
	 * next-poll times no database stores, and phase sums that overflow a long.
	 */
	static final Duration MAX_EVERY = Duration.ofDays(365);

	/** The preview's rules: the service's defaults, with no account list to check against. */
	static ScheduleRules preview() {
		return new ScheduleRules(Optional.empty(), FileRoot.of(""), MIN_EVERY);
	}

}
