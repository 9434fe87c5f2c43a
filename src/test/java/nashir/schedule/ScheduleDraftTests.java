package nashir.schedule;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nashir.compose.ImageMode;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The feed form's fields become a schedule file's text that the one parser reads, and back. */
class ScheduleDraftTests {

	final ScheduleFileParser parser = new ScheduleFileParser(new ScheduleRules(Optional.of(() -> Set.of("main", "ofoq_sport")),
			FileRoot.of(""), ScheduleRules.MIN_EVERY));

	static final ScheduleDraft FULL = new ScheduleDraft("https://ofoq.example.com/feed/", "2m", "",
			List.of("main", "ofoq_sport"), "عاجل | {title}\r\n{hashtags}\r\n{link}", "review", "3", "أفق نيوز", "none", true,
			"2", List.of("اليمن", "أخبار_دولية"), List.of("سياسة"), List.of("رياضة"), List.of("^عاجل"), List.of("إعلان"));

	@Test
	void shouldWriteTextTheParserReadsAsTheFieldsSay() throws Exception {
		String yaml = FULL.yaml();

		Schedule schedule = parser.parse("ofoq", yaml);
		assertThat(schedule.trigger()).isEqualTo(new PollTrigger.Every(Duration.ofMinutes(2)));
		assertThat(schedule.accounts()).containsExactly("main", "ofoq_sport");
		assertThat(schedule.mode()).isEqualTo(Schedule.Mode.REVIEW);
		assertThat(schedule.backlog()).isEqualTo(3);
		assertThat(schedule.site()).isEqualTo("أفق نيوز");
		assertThat(schedule.compose().image()).isEqualTo(ImageMode.NONE);
		assertThat(schedule.filter().includeCategories()).containsExactly("سياسة");
		assertThat(yaml).as("Arabic as written, a template as a block with LF line breaks")
			.contains("template: |-\n  عاجل | {title}\n  {hashtags}\n  {link}\n")
			.contains("backlog: 3\n").doesNotContain("\r").doesNotContain("cron");
	}

	@Test
	void shouldReadBackTheFieldsOfATextItWrote() {
		ScheduleDraft read = ScheduleDraft.of(FULL.yaml()).orElseThrow();

		assertThat(read.yaml()).isEqualTo(FULL.yaml());
		assertThat(read.template()).isEqualTo("عاجل | {title}\n{hashtags}\n{link}");
		assertThat(read.hashtags()).containsExactly("اليمن", "أخبار_دولية");
	}

	@Test
	void shouldLeaveToTheTextWhatTheFormCannotShow() {
		assertThat(ScheduleDraft.of("feed: https://ofoq.example.com/feed/\nevery: 60s\nutm:\n  source: x\n")).isEmpty();
		assertThat(ScheduleDraft.of("feed: https://ofoq.example.com/feed/\nhashtags:\n  map:\n    a: b\n")).isEmpty();
		assertThat(ScheduleDraft.of("- a list")).isEmpty();
		assertThat(ScheduleDraft.of("feed: [unclosed")).isEmpty();
		assertThat(ScheduleDraft.of("feed: https://ofoq.example.com/feed/\naccount: main\n").orElseThrow().accounts())
			.containsExactly("main");
	}

	@Test
	void shouldLeaveAWrongNumberForTheParserToRefuseByLine() {
		ScheduleDraft draft = new ScheduleDraft("https://ofoq.example.com/feed/", "60s", null, List.of(), null, null,
				"ثلاثة", null, null, false, null, null, null, null, null, null);

		assertThatThrownBy(() -> parser.parse("ofoq", draft.yaml())).isInstanceOf(InvalidScheduleException.class)
			.hasMessageStartingWith("ofoq.yml line 3: 'backlog' must be a whole number");
	}

}
