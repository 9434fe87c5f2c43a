package nashir.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nashir.TestChannel;
import nashir.compose.TweetLength;
import nashir.publish.Network;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

class ComposeFormValidatorTests {

	static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

	/** 290 letters: too many for X's 280, well within Mastodon's 500. */
	static final String ARABIC_290 = "قمة “بوتين وبايدن”.. اتفاق على عودة السفراء ".repeat(7).substring(0, 290);

	final ComposeFormValidator validator = new ComposeFormValidator(Set.of("main", "ofoq_sport", "ofoq_masto"),
			new DueTimes(new NewsroomZone(ZoneId.of("Asia/Riyadh")), Clock.fixed(NOW, ZoneOffset.UTC)),
			new ChannelCounts(TestChannel.publishers(
					Map.of("main", Network.X, "ofoq_sport", Network.X, "ofoq_masto", Network.MASTODON))));

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
				.containsExactly("main", "x", TweetLength.of(form.getText()).weightedLength(), 280);
			assertThat(TweetLength.of(form.getText()).weightedLength()).as("every URL counts 23").isEqualTo(303);
		}

		@Test
		void aTextTooLongForXButNotForMastodonNamingXAlone() {
			ComposeForm form = valid();
			form.setAccounts(List.of("main", "ofoq_masto"));
			form.setText(ARABIC_290);
			assertThat(ARABIC_290.codePointCount(0, ARABIC_290.length())).isEqualTo(290);
			Errors errors = validate(form);
			assertThat(errors.getFieldErrors("text")).singleElement().satisfies((error) -> {
				assertThat(error.getCode()).isEqualTo("compose.error.tooLongFor");
				assertThat(error.getArguments()).containsExactly("main", "x", 290, 280);
			});
			form.setAccounts(List.of("ofoq_masto"));
			assertThat(validate(form).hasErrors()).as("Mastodon takes 500").isFalse();
		}

		@Test
		void aTextTooLongForEachOfTwoNetworksNamingBoth() {
			ComposeForm form = valid();
			form.setAccounts(List.of("ofoq_masto", "main"));
			form.setText(ARABIC_290 + " " + ARABIC_290);
			assertThat(validate(form).getFieldErrors("text")).extracting((error) -> List.of(error.getArguments()))
				.containsExactly(List.of("ofoq_masto", "mastodon", 581, 500), List.of("main", "x", 581, 280));
		}

		@Test
		void aTextTooLongForXWhileNoAccountIsChosen() {
			ComposeForm form = valid();
			form.setAccounts(List.of());
			form.setText(ARABIC_290);
			assertThat(validate(form).getFieldError("text").getCode()).isEqualTo("compose.error.tooLong");
			assertThat(validate(form).getFieldError("text").getArguments()).containsExactly(290, 280);
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
