package nashir.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import nashir.cluster.PostgresSchema;
import nashir.queue.Post;
import nashir.queue.PostStatus;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The publish log's search forgives Arabic spelling variants, on H2 and PostgreSQL alike. */
class ArabicSearchTests {

	static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

	/** Every character the search folds, in both its folded and unfolded forms, with Latin capitals. */
	static final String EVERY_FOLD = IntStream.rangeClosed(0x0600, 0x06FF)
		.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
		.toString() + " الأسواق العربيّة تُغلِق على ارتفاع ـ مسؤول هيئة Reuters";

	@ParameterizedTest(name = "{0} finds {1}")
	@CsvSource({ "الاسواق, الأسواق المالية تغلق على ارتفاع", "اسعار, ارتفاع أسعار النفط", "الاسلام, الإسلام",
			"القران, القرآن الكريم", "الوصل, ٱلوصل", "مسءول, المسؤول", "مسءول, المسئول", "هيءه, هيئة الاستثمار",
			"مدرسه, مدرسة البنات", "مدرسة, مدرسه البنات", "علي, على الطاولة", "على, علي الطاولة", "جميل, جمـــيل",
			"العربية, العَرَبِيَّةُ", "مُحَمَّد, محمد", "REUTERS, رويترز (Reuters)" })
	void shouldFindASpellingVariant(String words, String text) {
		assertThat(ArabicSearch.fold(text)).contains(ArabicSearch.fold(words));
	}

	@Test
	void shouldLeaveOtherLettersAlone() {
		assertThat(ArabicSearch.fold("ارتفاع النفط 100%")).isEqualTo("ارتفاع النفط 100%");
		assertThat(ArabicSearch.fold("شيء")).isEqualTo("شيء");
	}

	@Test
	void shouldFoldAsH2Does() {
		assertFoldsAsJava(WebDatabase.fresh());
	}

	@Test
	void shouldFoldAsPostgresDoes() throws SQLException {
		try (PostgresSchema schema = PostgresSchema.create(); Connection connection = schema.connect()) {
			DataSource data = new SingleConnectionDataSource(connection, true);
			Flyway.configure()
				.dataSource(data)
				.locations("classpath:db/migration", "classpath:db/vendor/postgresql")
				.load()
				.migrate();
			assertFoldsAsJava(JdbcClient.create(data));
		}
	}

	@Test
	void shouldFindTheLogsPostsWrittenAnyOtherWay() {
		JdbcClient jdbc = WebDatabase.fresh();
		Newsroom newsroom = new Newsroom(jdbc);
		long markets = newsroom.post("main", "ofoq", "الأسواق الخليجية تُغلق على ارتفاع بدعم من أسهم الطاقة",
				PostStatus.PUBLISHED, NOW, NOW.minusSeconds(60), NOW.minusSeconds(50));
		newsroom.post("main", "ofoq", "الهلال يتأهل إلى نهائي دوري أبطال آسيا", PostStatus.PUBLISHED, NOW,
				NOW.minusSeconds(40), NOW.minusSeconds(30));
		PostLog log = new PostLog(jdbc, new NewsroomZone(ZoneId.of("Asia/Riyadh")));
		for (String words : new String[] { "الاسواق", "تغلق علي", "اسهم الطاقه" }) {
			assertThat(log.search(new LogFilter(null, null, null, null, null, words))).extracting(Post::id)
				.as(words)
				.containsExactly(markets);
		}
		assertThat(log.search(new LogFilter(null, null, null, null, null, "البورصة"))).isEmpty();
	}

	@Test
	void shouldIndexOnPostgresTheExpressionTheLogQueries() throws IOException {
		String migration = new ClassPathResource("db/vendor/postgresql/V55__web_post_text_search_index.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(migration).contains("((" + ArabicSearch.sql("text").replace("'", "''") + ") gin_trgm_ops)");
	}

	private static void assertFoldsAsJava(JdbcClient jdbc) {
		long id = new Newsroom(jdbc).post("main", "ofoq", EVERY_FOLD, PostStatus.QUEUED, NOW, NOW, null);
		assertThat(jdbc.sql("SELECT " + ArabicSearch.sql("text") + " FROM post WHERE id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo(ArabicSearch.fold(EVERY_FOLD)).contains("الاسواق العربيه تغلق علي ارتفاع  مسءول هيءه reuters");
	}

}
