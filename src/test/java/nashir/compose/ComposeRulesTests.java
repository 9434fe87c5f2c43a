package nashir.compose;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which template writes an account's post: the schedule's for the account, the schedule's, the account's, the built-in. */
class ComposeRulesTests {

	static final PostTemplate BUILT_IN = PostTemplate.parse("{title}\n{link}");

	static final PostTemplate SPORT = PostTemplate.parse("⚽ {title} {link}");

	static final PostTemplate DESK = PostTemplate.parse("عاجل | {title}\n{link}");

	@Test
	void shouldTakeTheAccountsDefaultOnlyWhereTheScheduleNamesNoTemplateForIt() {
		ComposeRules unnamed = new ComposeRules(BUILT_IN, Map.of("sport", SPORT), null, null, null, null, false);
		assertThat(unnamed.withAccountDefault("desk", DESK).templateFor("desk")).isEqualTo(DESK);
		assertThat(unnamed.withAccountDefault("sport", DESK).templateFor("sport")).isEqualTo(SPORT);
		assertThat(unnamed.withAccountDefault("desk", DESK).templateFor("main")).isEqualTo(BUILT_IN);

		ComposeRules named = new ComposeRules(BUILT_IN, Map.of(), null, null, null, null, true);
		assertThat(named.withAccountDefault("desk", DESK).templateFor("desk")).isEqualTo(BUILT_IN);
	}

}
