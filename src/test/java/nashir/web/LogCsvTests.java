package nashir.web;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import nashir.queue.PostStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LogCsvTests {

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
	void shouldWriteOneRowPerPostWithTheLinkOnX() throws IOException {
		StringWriter out = new StringWriter();
		new LogCsv().write(List.of(WebSlice.aPost(7, "قمة “بوتين وبايدن”", PostStatus.PUBLISHED)), out);
		String[] lines = out.toString().split("\r\n");
		assertThat(lines[0]).isEqualTo("\uFEFF" + LogCsv.HEADER);
		assertThat(lines[1]).startsWith("\"7\",\"2026-11-29T08:00:00Z\",\"2026-11-29T08:00:00Z\",\"PUBLISHED\",\"main\",\"ofoq\"")
			.contains("\"https://x.com/i/web/status/1862\"");
		assertThat(lines).hasSize(2);
	}

}
