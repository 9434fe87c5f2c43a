package nashir.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A read page or API given a query parameter it cannot use answers 400 naming the parameter, never 500. */
class LogParametersTests extends WebSlice {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"/log?from=notadate|تاريخ البداية (from) ليس تاريخًا مثل 2026-11-29.",
			"/log?to=2026-13-45|تاريخ النهاية (to) ليس تاريخًا مثل 2026-11-29.",
			"/log?status=SENT&lang=en|The status (status) is not one the log knows.",
			"/log.csv?from=notadate|parameter 'from': 'notadate' is not a date such as 2026-11-29",
			"/api/log?from=notadate|parameter 'from': 'notadate' is not a date such as 2026-11-29",
			"/api/log?status=SENT|parameter 'status': 'SENT' is not one of REVIEW, QUEUED",
			"/api/posts?limit=many|parameter 'limit': 'many' is not a whole number",
			"/api/posts/abc|parameter 'id': 'abc' is not a whole number" })
	void shouldAnswerABadParameterWith400NamingIt(String url, String message) throws Exception {
		mvc.perform(get(url).with(user("layla").roles("VIEWER")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString(message), not(containsString("Exception")))));
		then(log).should(never()).search(any());
	}

}
