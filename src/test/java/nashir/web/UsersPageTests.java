package nashir.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** {@code /users}: buttons that say what they do, and the display name beside the user name. */
class UsersPageTests extends WebSlice {

	@Test
	void shouldLabelEachButtonForWhatItDoes() throws Exception {
		given(users.all()).willReturn(List.of(new UserAccounts.Account("nour", "نور الحكيمي", Role.EDITOR, true, NOW)));
		mvc.perform(get("/users").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString(">احفظ التغييرات</button>")))
			.andExpect(content().string(containsString(">عيّن كلمة المرور</button>")))
			.andExpect(content().string(containsString(">أضف مستخدمًا</button>")))
			.andExpect(content().string(not(containsString("احفظ النص"))))
			.andExpect(content().string(containsString("<bdi class=\"display-name\">نور الحكيمي</bdi>")))
			.andExpect(content().string(containsString("name=\"displayName\" dir=\"auto\" value=\"نور الحكيمي\"")));
	}

	@Test
	void shouldSaveTheDisplayNameWithTheRole() throws Exception {
		mvc.perform(post("/users/nour").param("role", "EDITOR").param("enabled", "true")
			.param("displayName", "نور الحكيمي")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).andExpect(redirectedUrl("/users"));
		then(users).should().change("nour", Role.EDITOR, true, "admin");
		then(users).should().rename("nour", "نور الحكيمي", "admin");
	}

}
