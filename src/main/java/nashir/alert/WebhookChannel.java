package nashir.alert;

import java.util.LinkedHashMap;
import java.util.Map;

import nashir.net.Answer;
import nashir.net.Call;
import nashir.net.Http;
import nashir.net.Limits;
import tools.jackson.databind.json.JsonMapper;

/**
 * An alert POSTed as JSON: Nashir's own object ({@code event}, {@code at}, {@code text}, {@code detail}
 * and each argument by name), or Slack's {@code {"text": …}}. No redirect is followed: a webhook
 * that moved is a configuration to fix, and following it would carry the body somewhere else.
 */
record WebhookChannel(AlertSettings.Webhook hook, Http http, AlertTexts texts, AlertSettings settings)
		implements AlertChannel.Delivery {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** An answer is only read for its status; a chat server's reply is short. */
	private static final long MAX_ANSWER = 16 * 1024;

	@Override
	public void send(Alert alert) throws Exception {
		byte[] body = JSON.writeValueAsBytes(body(alert));
		Limits limits = new Limits(this.settings.timeout(), this.settings.timeout(), this.settings.timeout(),
				MAX_ANSWER, 0);
		Answer answer = this.http.send(Call.post(this.hook.url(),
				Map.of("Content-Type", "application/json; charset=utf-8"), body, limits));
		if (!answer.isSuccess()) {
			throw new IllegalStateException("the webhook answered " + answer.status());
		}
	}

	private Map<String, Object> body(Alert alert) {
		String text = this.texts.text(alert, this.settings.language());
		if (this.hook.format() == AlertSettings.Format.SLACK) {
			return Map.of("text", slackEscaped(text));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("event", alert.kind().id());
		body.put("at", alert.at().toString());
		body.put("text", text);
		for (String field : alert.kind().fields()) {
			body.put(field, alert.arg(field));
		}
		if (alert.detail() != null) {
			body.put("detail", alert.detail());
		}
		return body;
	}

	/** Slack reads {@code <…>} as links and mentions: its three control characters are escaped as it asks. */
	private static String slackEscaped(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
