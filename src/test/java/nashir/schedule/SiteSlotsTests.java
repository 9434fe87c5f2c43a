package nashir.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A site's places on a node: its limit running, and while it answers quickly as many more held. */
class SiteSlotsTests {

	static final String SITE = "ofoq.example.com";

	/** The polls the slots handed to the pool, not yet run. */
	final List<Runnable> started = new ArrayList<>();

	final SiteSlots slots = new SiteSlots(2, Duration.ofMinutes(2), started::add);

	@Test
	void shouldHoldASiteNotYetTimedOnlyUpToItsLimit() {
		assertThat(slots.hold(SITE)).isTrue();
		assertThat(slots.hold(SITE)).isTrue();
		assertThat(slots.hold(SITE)).isFalse();
		assertThat(slots.hold("another.example.com")).as("each site its own places").isTrue();
	}

	@Test
	void shouldRunTheLimitAndStartAHeldPollWhenARunningOneEnds() {
		timed(Duration.ofMillis(80));
		List<String> order = new ArrayList<>();
		for (String poll : List.of("a", "b", "c", "d")) {
			assertThat(slots.hold(SITE)).as("a quick site: twice its limit held").isTrue();
			slots.run(SITE, () -> order.add(poll));
		}
		assertThat(slots.hold(SITE)).isFalse();
		startAll();
		assertThat(order).as("two run, two wait").containsExactly("a", "b");

		assertThat(slots.ended(SITE, Duration.ofMillis(80))).as("a held one takes its place: no room to claim").isFalse();
		startAll();
		assertThat(order).containsExactly("a", "b", "c");
		assertThat(slots.ended(SITE, Duration.ofMillis(80))).isFalse();
		assertThat(slots.ended(SITE, Duration.ofMillis(80))).as("none waiting: room for a claim").isTrue();
		startAll();
		assertThat(order).containsExactly("a", "b", "c", "d");
		assertThat(slots.hold(SITE)).isTrue();
	}

	@Test
	void shouldHoldASiteSlowerThanAQuarterOfTheLeaseOnlyUpToItsLimit() {
		timed(Duration.ofSeconds(31));
		assertThat(slots.hold(SITE)).isTrue();
		assertThat(slots.hold(SITE)).isTrue();
		assertThat(slots.hold(SITE)).as("a held poll could wait past half its lease").isFalse();
	}

	@Test
	void shouldGiveBackThePlaceOfAClaimAnotherNodeWon() {
		assertThat(slots.hold(SITE)).isTrue();
		assertThat(slots.hold(SITE)).isTrue();
		slots.unhold(SITE);
		assertThat(slots.hold(SITE)).isTrue();
	}

	/** One poll of the site, ended after {@code took}: the site is timed. */
	private void timed(Duration took) {
		assertThat(slots.hold(SITE)).isTrue();
		slots.run(SITE, () -> {
		});
		slots.ended(SITE, took);
		started.clear();
	}

	private void startAll() {
		List<Runnable> now = List.copyOf(started);
		started.clear();
		now.forEach(Runnable::run);
	}

}
