package nashir.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /audit}: filters by user, action and days, and pages through the entries. */
class AuditPageTests extends WebSlice {

	static final AuditFilter NOUR_APPROVALS = new AuditFilter("nour", "approve", LocalDate.of(2026, 11, 28), null, 2);

	@Test
	void shouldLinkTheNextAndPreviousPagesOfTheSameFilter() throws Exception {
		given(audit.users()).willReturn(List.of("nour", "sami"));
		given(audit.search(eq(NOUR_APPROVALS), any(), eq(AuditController.PAGE_SIZE), eq(AuditController.PAGE_SIZE + 1)))
			.willReturn(entries(AuditController.PAGE_SIZE + 1));
		mvc.perform(get("/audit").param("user", "nour").param("action", "approve").param("from", "2026-11-28")
			.param("page", "2")
			.header("Accept-Language", "ar")
			.with(user("sami").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/audit?user=nour&amp;action=approve&amp;from=2026-11-28&amp;page=3\"")))
			.andExpect(content().string(containsString("href=\"/audit?user=nour&amp;action=approve&amp;from=2026-11-28&amp;page=1\"")))
			.andExpect(content().string(containsString("<option value=\"approve\" selected=\"selected\">")))
			.andExpect(content().string(containsString("#200")))
			.andExpect(content().string(not(containsString("#201"))));
	}

	@Test
	void shouldShowTheLastPageThereCanBeForAPageNumberBeyondIt() throws Exception {
		mvc.perform(get("/audit").param("page", String.valueOf(Integer.MAX_VALUE)).with(user("sami").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/audit?page=" + (AuditController.LAST_PAGE - 1) + "\"")));
		verify(audit).search(any(), any(), eq((AuditController.LAST_PAGE - 1) * AuditController.PAGE_SIZE),
				eq(AuditController.PAGE_SIZE + 1));
	}

	@Test
	void shouldSayWhenNothingMatches() throws Exception {
		mvc.perform(get("/audit").param("user", "nour").with(user("sami").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("لا إجراء يطابق هذا البحث.")))
			.andExpect(content().string(not(containsString("class=\"pages\""))));
	}

	private static List<AuditLog.Entry> entries(int count) {
		return LongStream.rangeClosed(1, count)
			.mapToObj(i -> new AuditLog.Entry(i, NOW.minusSeconds(i * 60), "nour", "approve", i, "main", null, null, null))
			.toList();
	}

}
