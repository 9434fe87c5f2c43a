package nashir.web;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import nashir.queue.Post;
import nashir.queue.PostStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LogCsvTests {

	static final NewsroomZone ADEN = new NewsroomZone(ZoneId.of("Asia/Aden"));

	@ParameterizedTest
	@ValueSource(strings = { "=1+2", "+SUM(A1:A9)", "-2+3", "@cmd", "\t=1", "\r=1" })
	void shouldNeverLetACellRunAsAFormula(String value) {
		assertThat(LogCsv.cell(value)).startsWith("\"'");
	}

	@Test
	void shouldQuoteCellsAndDoubleTheirQuotes() {
		assertThat(LogCsv.cell("قمة “بوتين وبايدن”, \"عاجل\"\nسطر")).isEqualTo("\"قمة “بوتين وبايدن”, \"\"عاجل\"\"\nسطر\"");
		assertThat(LogCsv.cell(null)).isEmpty();
	}

	@Test
	void shouldWriteTimesInTheNewsroomsZoneToTheSecondWithTheOffset() throws IOException {
		Instant created = Instant.parse("2026-11-29T08:00:07.123456Z");
		Post post = WebSlice.aPost(8, "عاجل: انطلاق مؤتمر الحوار الوطني في صنعاء", PostStatus.QUEUED);
		Post queued = new Post(post.id(), post.scheduleId(), post.account(), post.itemKey(), post.title(), post.link(),
				post.text(), post.imageUrl(), post.status(), post.urgent(), post.dueAt(), post.storyAt(), post.detectedAt(),
				post.attempts(), post.reclaimed(), null, false, null, created, created, null, null, null, false, null);
		StringWriter out = new StringWriter();
		new LogCsv(ADEN).write(List.of(queued), out);
		assertThat(out.toString().split("\r\n")[1]).startsWith("\"8\",\"2026-11-29T11:00:07+03:00\",,\"QUEUED\"");
	}

	@Test
	void shouldWriteOneRowPerPostWithTheLinkOnX() throws IOException {
		StringWriter out = new StringWriter();
		new LogCsv(ADEN).write(List.of(WebSlice.aPost(7, "قمة “بوتين وبايدن”", PostStatus.PUBLISHED)), out);
		String[] lines = out.toString().split("\r\n");
		assertThat(lines[0]).isEqualTo("\uFEFF" + LogCsv.HEADER);
		assertThat(lines[1]).startsWith("\"7\",\"2026-11-29T11:00:00+03:00\",\"2026-11-29T11:00:00+03:00\",\"PUBLISHED\",\"main\",\"ofoq\"")
			.contains("\"https://x.com/i/web/status/1862\"");
		assertThat(lines).hasSize(2);
	}

}
