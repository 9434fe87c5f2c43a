package nashir.schedule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nashir.compose.ImageMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleFileParserTests {

	@TempDir
	Path dir;

	static final ScheduleRules RULES = new ScheduleRules(Optional.of(() -> Set.of("main", "sport")), FileRoot.of(""),
			ScheduleRules.MIN_EVERY);

	private Schedule parse(String name, String yaml) throws Exception {
		return new ScheduleFileParser(RULES).parse(write(name, yaml));
	}

	private Path write(String name, String yaml) throws IOException {
		return Files.writeString(dir.resolve(name), yaml, StandardCharsets.UTF_8);
	}

	@Test
	void shouldReadEveryKeyOfAFullSchedule() throws Exception {
		Schedule schedule = parse("ofoq.yml", """
				feed: https://ofoq.example.com/feed/
				every: 60s
				accounts: [main, sport]
				template: "{title}\\n{hashtags}\\n{link}"
				templates:
				  sport: "{title} {link}"
				mode: review
				backlog: 3
				enabled: true
				site: أفق نيوز
				time-zone: Asia/Aden
				filters:
				  include-categories: [أخبار دولية]
				  exclude-titles: ["^إعلان"]
				  max-age: 48h
				hashtags:
				  from-categories: true
				  max: 2
				  fixed: [أفق]
				  map: {"أخبار دولية": "دولي"}
				utm: {source: x, medium: social}
				image: none
				""");

		assertThat(schedule.id()).isEqualTo("ofoq");
		assertThat(schedule.feed()).hasToString("https://ofoq.example.com/feed/");
		assertThat(schedule.trigger()).isEqualTo(new PollTrigger.Every(Duration.ofSeconds(60)));
		assertThat(schedule.accounts()).containsExactly("main", "sport");
		assertThat(schedule.compose().template().source()).isEqualTo("{title}\n{hashtags}\n{link}");
		assertThat(schedule.compose().templateFor("sport").source()).isEqualTo("{title} {link}");
		assertThat(schedule.compose().templateFor("main").source()).isEqualTo("{title}\n{hashtags}\n{link}");
		assertThat(schedule.compose().zone()).isEqualTo(ZoneId.of("Asia/Aden"));
		assertThat(schedule.compose().hashtags().fixed()).containsExactly("أفق");
		assertThat(schedule.compose().hashtags().map()).containsEntry("أخبار دولية", "دولي");
		assertThat(schedule.compose().utm().values()).containsExactly(java.util.Map.entry("source", "x"),
				java.util.Map.entry("medium", "social"));
		assertThat(schedule.compose().image()).isEqualTo(ImageMode.NONE);
		assertThat(schedule.mode()).isEqualTo(Schedule.Mode.REVIEW);
		assertThat(schedule.backlog()).isEqualTo(3);
		assertThat(schedule.site()).isEqualTo("أفق نيوز");
		assertThat(schedule.filter().includeCategories()).containsExactly("أخبار دولية");
		assertThat(schedule.filter().excludeTitles().get(0).matcher("إعلان ممول").find()).isTrue();
		assertThat(schedule.filter().maxAge()).isEqualTo(Duration.ofHours(48));
		assertThat(schedule.feedSource().feedId()).isEqualTo("ofoq");
	}

	@Test
	void shouldApplyTheDefaultsOfTheContract() throws Exception {
		Schedule schedule = parse("minimal.yml", "feed: https://example.com/feed/\ncron: \"0 */2 * * * ?\"\n");
		assertThat(schedule.accounts()).containsExactly("main");
		assertThat(schedule.compose().template().source()).isEqualTo("{title}\n{link}");
		assertThat(schedule.mode()).isEqualTo(Schedule.Mode.AUTO);
		assertThat(schedule.backlog()).isZero();
		assertThat(schedule.enabled()).isTrue();
		assertThat(schedule.trigger()).isInstanceOf(PollTrigger.Cron.class);
		assertThat(schedule.compose().image()).isEqualTo(ImageMode.AUTO);
	}

	@Test
	void shouldResolveARelativeFilePathAgainstTheWorkingDirectory() throws Exception {
		Schedule schedule = parse("local.yml", "feed: file:config/samples/ofoq.xml\nevery: 30s\n");
		assertThat(schedule.feed()).isEqualTo(Path.of("config/samples/ofoq.xml").toAbsolutePath().toUri());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			unknown key           | feed: https://example.com/f\\nevrey: 60s\\n                    | bad.yml line 2: unknown key 'evrey'
			missing feed          | every: 60s\\n                                                 | bad.yml line 1: 'feed' is missing
			no trigger            | feed: https://example.com/f\\n                                | give exactly one of 'every' or 'cron'
			two triggers          | feed: https://example.com/f\\nevery: 60s\\ncron: '0 * * * * ?'\\n | bad.yml line 3: give exactly one of 'every' or 'cron'
			bad duration          | feed: https://example.com/f\\nevery: soon\\n                  | bad.yml line 2: 'every' is not a duration: 'soon'
			bad cron              | feed: https://example.com/f\\ncron: every minute\\n           | bad.yml line 2: 'every minute' is not a Quartz cron expression
			bad scheme            | feed: ftp://example.com/f\\nevery: 60s\\n                     | bad.yml line 1: 'feed' must be an http(s) URL or a file: path
			negative backlog      | feed: https://example.com/f\\nevery: 60s\\nbacklog: -1\\n     | bad.yml line 3: 'backlog' must be at least 0
			bad mode              | feed: https://example.com/f\\nevery: 60s\\nmode: sometimes\\n | bad.yml line 3: 'mode' must be auto or review
			bad regex             | feed: https://example.com/f\\nevery: 60s\\nfilters:\\n  exclude-titles: ['(عاجل']\\n | bad.yml line 4: '(عاجل' is not a regular expression
			bad zone              | feed: https://example.com/f\\nevery: 60s\\ntime-zone: Mars/Olympus\\n | bad.yml line 3: 'Mars/Olympus' is not a time zone
			not yaml              | feed: [https://example.com/f\\nevery: 60s\\n                  | bad.yml line 2: not valid YAML: expected ',' or ']'
			twice                 | feed: https://example.com/f\\nevery: 60s\\nevery: 30s\\n      | bad.yml line 3: 'every' is given twice
			unknown placeholder   | feed: https://example.com/f\\nevery: 60s\\ntemplate: '{titel} {link}'\\n | titel
			unknown account       | feed: https://example.com/f\\nevery: 60s\\naccount: sprt\\n     | bad.yml line 3: unknown account 'sprt'; configured accounts: main, sport
			unknown in a list     | feed: https://example.com/f\\nevery: 60s\\naccounts:\\n  - main\\n  - sprt\\n | bad.yml line 5: unknown account 'sprt'; configured accounts: main, sport
			unknown template key  | feed: https://example.com/f\\nevery: 60s\\ntemplates:\\n  main: '{title}'\\n  sprt: '{link}'\\n | bad.yml line 5: unknown account 'sprt'; configured accounts: main, sport
			every too short       | feed: https://example.com/f\\nevery: 5s\\n                    | bad.yml line 2: 'every' must be at least 10s, not 5s
			cron every second     | feed: https://example.com/f\\ncron: '* * * * * ?'\\n          | bad.yml line 2: '* * * * * ?' polls less than 10s apart
			cron twice a minute   | feed: https://example.com/f\\ncron: '0,5 * * * * ?'\\n        | bad.yml line 2: '0,5 * * * * ?' polls less than 10s apart
			cron across a minute  | feed: https://example.com/f\\ncron: '2,55 * * * * ?'\\n       | bad.yml line 2: '2,55 * * * * ?' polls less than 10s apart
			every in millis       | feed: https://example.com/f\\nevery: 9999ms\\n                | bad.yml line 2: 'every' must be at least 10s, not 9999ms
			every over a year     | feed: https://example.com/f\\nevery: 366d\\n                  | bad.yml line 2: 'every' must be at most 365d, not 366d
			every past a Duration | feed: https://example.com/f\\nevery: 999999999999999d\\n      | bad.yml line 2: 'every' is not a duration: '999999999999999d'
			cron past its column  | feed: https://example.com/f\\ncron: '0 0 9 ? * MON,TUE,WED,THU,FRI,SAT,SUN,MON,TUE,WED,THU,FRI,SAT,SUN,MON,TUE,WED,THU,FRI,SAT,SUN,MON,TUE,WED,THU,FRI,SAT,SUN,MON,TUE,WED,THU,FRI,SAT,SUN,MON,TUE,WED,THU,FRI,SAT,SUN,MON,TUE,WED,THU,FRI,SAT,SUN,MON,TUE,WED,THU,FRI,SAT,SUN'\\n | bad.yml line 2: 'cron' must be at most 200 characters
			file outside the root | feed: file:/etc/hostname\\nevery: 60s\\n                      | bad.yml line 1: 'feed' /etc/hostname is outside nashir.feed.file-root
			file up and out       | feed: file:config/../../outside.xml\\nevery: 60s\\n          | is outside nashir.feed.file-root
			""")
	void shouldNameTheFileTheLineAndTheReason(String what, String yaml, String message) {
		assertThatThrownBy(() -> parse("bad.yml", yaml.replace("\\n", "\n")))
			.isInstanceOf(InvalidScheduleException.class)
			.hasMessageStartingWith("bad.yml")
			.hasMessageContaining(message);
	}

	@Test
	void shouldAcceptTheShippedSampleFromTheRepositoryRoot() throws Exception {
		Schedule sample = new ScheduleFileParser(RULES).parse(Path.of("schedules/ofoq-sample.yml"));
		assertThat(sample.feed()).isEqualTo(Path.of("config/samples/ofoq.xml").toAbsolutePath().toUri());
	}

	@Test
	void shouldNotLetALinkUnderTheFileRootLeadOutOfIt() throws Exception {
		Path root = Files.createDirectories(dir.resolve("feeds"));
		Path outside = Files.writeString(dir.resolve("secret.xml"), "<rss/>");
		Files.createSymbolicLink(root.resolve("innocent.xml"), outside);
		Files.writeString(root.resolve("real.xml"), "<rss/>");
		ScheduleFileParser parser = new ScheduleFileParser(new ScheduleRules(Optional.empty(),
				FileRoot.of(root.toString()), ScheduleRules.MIN_EVERY));

		assertThatThrownBy(() -> parser.parse(write("linked.yml", "feed: " + root.resolve("innocent.xml").toUri()
				+ "\nevery: 60s\n")))
			.hasMessage("linked.yml line 1: 'feed' " + root.resolve("innocent.xml")
					+ " is outside nashir.feed.file-root (" + root + "); put the feed under it or set nashir.feed.file-root");
		assertThat(parser.parse(write("real.yml", "feed: " + root.resolve("real.xml").toUri() + "\nevery: 60s\n"))
			.feed()).isEqualTo(root.resolve("real.xml").toUri());
		// A feed the site has not written yet is judged by the folder it will be in.
		assertThat(parser.parse(write("later.yml", "feed: " + root.resolve("soon/feed.xml").toUri() + "\nevery: 60s\n"))
			.feed()).isEqualTo(root.resolve("soon/feed.xml").toUri());
	}

	@Test
	void shouldRefuseABigFileBeforeParsingIt() throws Exception {
		String line = "# " + "تعليق طويل ".repeat(10) + "\n";
		String big = "feed: https://example.com/feed/\nevery: 60s\n" + line.repeat(ScheduleYaml.MAX_BYTES / line.length());
		assertThat(big.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(ScheduleYaml.MAX_BYTES);

		assertThatThrownBy(() -> parse("huge.yml", big)).isInstanceOf(InvalidScheduleException.class)
			.hasMessageMatching("huge\\.yml: too big \\(\\d+ KB\\); a schedule file may have at most 256 KB");
	}

	@Test
	void shouldRefuseAnEndlessFile() throws Exception {
		Path zero = Files.createSymbolicLink(dir.resolve("zero.yml"), Path.of("/dev/zero"));
		assertThatThrownBy(() -> new ScheduleFileParser(RULES).parse(zero)).hasMessage("zero.yml: not a regular file");
	}

	@Test
	void shouldRefuseTheDefaultAccountWhenItIsNotConfigured() {
		ScheduleFileParser parser = new ScheduleFileParser(new ScheduleRules(Optional.of(() -> Set.of("ofoq_sport")),
				FileRoot.of(""), ScheduleRules.MIN_EVERY));
		assertThatThrownBy(() -> parser.parse(write("plain.yml", "feed: https://example.com/f\nevery: 60s\n")))
			.hasMessage("plain.yml line 1: unknown account 'main'; configured accounts: ofoq_sport");
	}

	@Test
	void shouldLeaveAccountsToTheServiceInThePreview() throws Exception {
		Path file = write("any.yml", "feed: https://example.com/f\nevery: 60s\naccount: sprt\n");
		assertThat(ScheduleFileParser.forPreview().parse(file).accounts()).containsExactly("sprt");
		assertThatThrownBy(() -> ScheduleFileParser.forPreview().parse(write("fast.yml",
				"feed: https://example.com/f\nevery: 1s\n"))).hasMessageContaining("at least 10s");
	}

	@Test
	void shouldRefuseAFileNameThatCannotBeAnId() {
		assertThatThrownBy(() -> parse("my feed.yml", "feed: https://example.com/f\nevery: 60s\n"))
			.hasMessageContaining("my feed.yml: the file name must be");
	}

	@Test
	void shouldRefuseAnArabicFileNameSayingLatinLetters() {
		assertThatThrownBy(() -> parse("عاجل.yml", "feed: https://example.com/f\nevery: 60s\n"))
			.hasMessage("عاجل.yml: the file name must be Latin letters (a-z, A-Z), digits, '-' or '_' and end in .yml")
			.isInstanceOfSatisfying(InvalidScheduleException.class,
					ex -> assertThat(ex.reason().args()).containsExactly("عاجل.yml", 0L));
	}

	@Test
	void shouldKeepTheFileTheLineAndTheArgumentsForPagesInTheReason() {
		assertThatThrownBy(() -> parse("fast.yml", "feed: https://example.com/f\nevery: 5s\n"))
			.isInstanceOfSatisfying(InvalidScheduleException.class, ex -> {
				assertThat(ex.reason().key()).isEqualTo("schedule.everyTooShort");
				assertThat(ex.reason().args()).containsExactly("fast.yml", 2L, "10s", "5s");
				assertThat(ex.reason().english()).isEqualTo(ex.getMessage());
			});
	}

}
