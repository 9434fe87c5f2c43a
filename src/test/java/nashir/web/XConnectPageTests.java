package nashir.web;

import java.time.Instant;

import nashir.account.PendingSignIn;
import nashir.account.XApp;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages of "Sign in with X" without a public URL: the PIN form, right to left, and the app that must be set first. */
class XConnectPageTests extends WebSlice {

	private static final PendingSignIn PENDING = new PendingSignIn("ofoq", false, new XApp("ck", "cs"), "rt-1",
			"rts-Secret-1", "https://api.x.com/oauth/authorize?oauth_token=rt-1", Instant.parse("2026-11-29T08:10:00Z"));

	@Test
	void shouldSayToSetTheXAppFirst() throws Exception {
		mvc.perform(get("/accounts/x").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("اضبط أولًا مفتاح تطبيق X وسرّه.")))
			.andExpect(content().string(not(containsString("/accounts/x/connect"))));
	}

	@Test
	void shouldTakeThePinOnAnArabicPageAndFinishWithIt() throws Exception {
		given(xSignIn.hasApp()).willReturn(true);
		given(xSignIn.usesPin()).willReturn(true);
		given(xSignIn.start("ofoq", false)).willReturn(PENDING);
		MockHttpSession session = new MockHttpSession();

		mvc.perform(post("/accounts/x/connect").param("account", "ofoq").session(session)
			.with(user("admin").roles("ADMIN")).with(csrf())).andExpect(redirectedUrl("/accounts/x/pin"));
		mvc.perform(get("/accounts/x/pin").session(session).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"ar\" dir=\"rtl\">"),
					containsString("اكتب رمز X للحساب ofoq"),
					containsString("href=\"https://api.x.com/oauth/authorize?oauth_token=rt-1\" target=\"_blank\""),
					containsString("name=\"pin\""), not(containsString("rts-Secret-1")))));
		mvc.perform(post("/accounts/x/pin").param("pin", "4921873").session(session)
			.with(user("admin").roles("ADMIN")).with(csrf())).andExpect(redirectedUrl("/accounts/x"));

		then(xSignIn).should().finish(eq(PENDING), isNull(), eq("4921873"), eq("admin"));
		then(audit).should().record(eq("admin"), eq("x-connected"), isNull(), eq("ofoq"), isNull(), isNull(),
				anyString());
		// Used once: the session holds the sign-in no more.
		mvc.perform(get("/accounts/x/pin").session(session).with(user("admin").roles("ADMIN")))
			.andExpect(redirectedUrl("/accounts/x"));
	}

}
