package nashir.feed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KnownKeysTests {

	private final KnownKeys memory = new KnownKeys();

	/** A ledger that has {@link #has} and notes each question. */
	private final Set<String> has = new HashSet<>();

	private final List<List<String>> asked = new ArrayList<>();

	private final Function<List<String>, Set<String>> ledger = (keys) -> {
		asked.add(keys);
		return keys.stream().filter(has::contains).collect(Collectors.toSet());
	};

	@Test
	void shouldAskAgainAboutAKeyTheLedgerDidNotHaveButNotAboutOneItHad() {
		has.addAll(List.of("قمة-1", "قمة-2"));
		assertThat(memory.known("ofoq", List.of("قمة-1", "قمة-2", "قمة-3"), ledger)).containsOnly("قمة-1", "قمة-2");
		has.add("قمة-3");
		assertThat(memory.known("ofoq", List.of("قمة-1", "قمة-2", "قمة-3"), ledger)).containsOnly("قمة-1", "قمة-2",
				"قمة-3");
		assertThat(memory.known("ofoq", List.of("قمة-2", "قمة-3", "قمة-4"), ledger)).containsOnly("قمة-2", "قمة-3");

		assertThat(asked).containsExactly(List.of("قمة-1", "قمة-2", "قمة-3"), List.of("قمة-3"), List.of("قمة-4"));
	}

	@Test
	void shouldAskOnlyAboutKeysNewerThanACommittedPollsItems() {
		memory.remember("ofoq", List.of("قمة-1", "قمة-2"));

		assertThat(memory.known("ofoq", List.of("قمة-1", "قمة-2", "قمة-3"), ledger)).containsOnly("قمة-1", "قمة-2");

		assertThat(asked).containsExactly(List.of("قمة-3"));
	}

	@Test
	void shouldKeepEachFeedsKeysApart() {
		has.add("https://ofoq.example.com/?p=1");
		memory.known("politics", List.of("https://ofoq.example.com/?p=1"), ledger);
		asked.clear();

		memory.known("sports", List.of("https://ofoq.example.com/?p=1"), ledger);

		assertThat(asked).containsExactly(List.of("https://ofoq.example.com/?p=1"));
	}

	@Test
	void shouldForgetEverythingRatherThanGrowPastItsBound() {
		has.add("key");
		for (int feed = 0; feed < KnownKeys.MAX_FEEDS; feed++) {
			memory.known("feed-" + feed, List.of("key"), ledger);
		}
		memory.known("feed-0", List.of("key"), ledger);
		assertThat(asked).hasSize(KnownKeys.MAX_FEEDS);

		memory.known("one-feed-too-many", List.of("key"), ledger);
		memory.known("feed-0", List.of("key"), ledger);

		assertThat(asked).hasSize(KnownKeys.MAX_FEEDS + 2);
	}

}
