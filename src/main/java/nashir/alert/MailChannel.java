package nashir.alert;

import java.util.Date;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** An alert as a plain-text e-mail through {@code spring.mail.*}, the headline as its subject. */
record MailChannel(AlertSettings.Email email, JavaMailSender mail, AlertTexts texts, AlertSettings settings)
		implements AlertChannel.Delivery {

	@Override
	public void send(Alert alert) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.settings.from());
		message.setTo(this.email.to().toArray(String[]::new));
		message.setSubject(this.texts.headline(alert, this.settings.language()));
		message.setText(this.texts.text(alert, this.settings.language()) + "\n\n" + alert.at());
		message.setSentDate(Date.from(alert.at()));
		this.mail.send(message);
	}

}
