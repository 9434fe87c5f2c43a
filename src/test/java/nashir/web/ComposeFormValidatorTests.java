package nashir.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import nashir.compose.TweetLength;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

class ComposeFormValidatorTests {

	static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

	final ComposeFormValidator validator = new ComposeFormValidator(Set.of("main", "ofoq_sport"),
			new DueTimes(new NewsroomZone(ZoneId.of("Asia/Riyadh")), Clock.fixed(NOW, ZoneOffset.UTC)));

	static ComposeForm valid() {
		ComposeForm form = new ComposeForm();
		form.setAccounts(List.of("main"));
		form.setText("عاجل: مجلس الوزراء يقر الموازنة https://ofoq.example.com/2026/11/29/budget/");
		return form;
	}

	Errors validate(ComposeForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "composeForm");
		validator.validate(form, errors);
		return errors;
	}

	@Test
	void shouldAcceptAPostForNowOrLater() {
		assertThat(validate(valid()).hasErrors()).isFalse();
		ComposeForm later = valid();
		// 11:01 in Riyadh is 08:01 UTC: one minute ahead
		later.setDueAt(LocalDateTime.parse("2026-11-29T11:01"));
		later.setImageUrl("https://ofoq.example.com/wp-content/uploads/budget.jpg");
		assertThat(validate(later).hasErrors()).isFalse();
	}

	@Nested
	class Refuses {

		@Test
		void noAccount() {
			ComposeForm form = valid();
			form.setAccounts(List.of());
			assertThat(validate(form).getFieldError("accounts").getCode()).isEqualTo("compose.error.noAccount");
		}

		@Test
		void anAccountNotConfigured() {
			ComposeForm form = valid();
			form.setAccounts(List.of("main", "nobody"));
			assertThat(validate(form).getFieldError("accounts").getCode()).isEqualTo("compose.error.unknownAccount");
		}

		@Test
		void anEmptyText() {
			ComposeForm form = valid();
			form.setText("  \n ");
			assertThat(validate(form).getFieldError("text").getCode()).isEqualTo("compose.error.empty");
		}

		@Test
		void aTextXWouldRefuseCountedByXsRules() {
			ComposeForm form = valid();
			form.setText("خبر ".repeat(70) + "https://ofoq.example.com/" + "a".repeat(200));
			assertThat(validate(form).getFieldError("text").getArguments())
				.containsExactly(TweetLength.of(form.getText()).weightedLength(), 280);
			assertThat(TweetLength.of(form.getText()).weightedLength()).as("every URL counts 23").isEqualTo(303);
		}

		@Test
		void aTimeThatHasPassedInTheNewsroomsZone() {
			ComposeForm form = valid();
			form.setDueAt(LocalDateTime.parse("2026-11-29T10:59"));
			assertThat(validate(form).getFieldError("dueAt").getCode()).isEqualTo("compose.error.past");
		}

		@Test
		void aTimeSoFarAheadItCanOnlyBeATypo() {
			ComposeForm form = valid();
			form.setDueAt(LocalDateTime.parse("2062-11-29T11:00"));
			assertThat(validate(form).getFieldError("dueAt").getCode()).isEqualTo("compose.error.far");
		}

		@Test
		void anImageThatIsNotAWebAddress() {
			for (String image : List.of("javascript:alert(1)", "ftp://ofoq.example.com/a.jpg", "صورة")) {
				ComposeForm form = valid();
				form.setImageUrl(image);
				assertThat(validate(form).getFieldError("imageUrl").getCode()).isEqualTo("compose.error.image");
			}
		}

	}

}
