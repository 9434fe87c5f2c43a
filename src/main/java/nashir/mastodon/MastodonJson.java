package nashir.mastodon;

import java.util.List;
import java.util.Optional;

import nashir.publish.NetworkProfile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON Nashir sends to Mastodon and reads back, written and read by Jackson so any text is escaped right. */
final class MastodonJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private MastodonJson() {
	}

	/** The body of {@code POST /api/v1/statuses}. */
	static String status(String text, List<String> mediaIds, String language) {
		ObjectNode body = MAPPER.createObjectNode().put("status", text);
		if (!mediaIds.isEmpty()) {
			mediaIds.forEach(body.putArray("media_ids")::add);
		}
		return MAPPER.writeValueAsString(body.put("language", language).put("visibility", "public"));
	}

	/**
	 * {@code configuration.statuses} of {@code GET /api/v2/instance}, or empty when the answer does
	 * not say (another server, an old Mastodon, a broken answer).
	 */
	static Optional<InstanceLimits> instanceLimits(String body) {
		JsonNode statuses = read(body).path("configuration").path("statuses");
		int max = statuses.path("max_characters").asInt(0);
		if (max <= 0) {
			return Optional.empty();
		}
		int url = statuses.path("characters_reserved_per_url").asInt(0);
		return Optional.of(new InstanceLimits(max, url > 0 ? url : InstanceLimits.DEFAULT.urlLength()));
	}

	/** A string field of an object answer (a status's {@code id} or {@code url}), or {@code null}. */
	static String text(String body, String field) {
		String value = read(body).path(field).asString("");
		return value.isBlank() ? null : value.strip();
	}

	/** Mastodon's own words for a refusal: {@code error}, then {@code error_description}; empty when none. */
	static String error(String body) {
		JsonNode json = read(body);
		String error = json.path("error").asString("");
		String description = json.path("error_description").asString("");
		String words = description.isBlank() || error.contains(description) ? error : error + ": " + description;
		return words.replaceAll("\\s+", " ").trim();
	}

	/** The account of {@code GET /api/v1/accounts/verify_credentials}, or empty when it names none. */
	static Optional<NetworkProfile> profile(String body, String host) {
		JsonNode account = read(body);
		String id = account.path("id").asString("");
		String acct = account.path("acct").asString(account.path("username").asString(""));
		if (id.isBlank() || acct.isBlank()) {
			return Optional.empty();
		}
		String handle = "@" + (acct.contains("@") ? acct : acct + "@" + host);
		return Optional.of(new NetworkProfile(id, handle, blankToNull(account.path("display_name").asString("")),
				https(account.path("avatar").asString("")), blankToNull(account.path("url").asString(""))));
	}

	private static String https(String url) {
		return url.startsWith("https://") ? url : null;
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}

	private static JsonNode read(String body) {
		try {
			return MAPPER.readTree(body == null ? "" : body);
		}
		catch (JacksonException ex) {
			return MAPPER.missingNode();
		}
	}

}
