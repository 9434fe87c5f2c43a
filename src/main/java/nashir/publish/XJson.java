package nashir.publish;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON Nashir sends to X and reads back, written and read by Jackson so any text is escaped right. */
final class XJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private XJson() {
	}

	static String tweet(String text, String mediaId) {
		ObjectNode body = MAPPER.createObjectNode().put("text", text);
		if (mediaId != null) {
			body.putObject("media").putArray("media_ids").add(mediaId);
		}
		return MAPPER.writeValueAsString(body);
	}

	static String altText(String mediaId, String altText) {
		ObjectNode body = MAPPER.createObjectNode().put("id", mediaId);
		body.putObject("metadata").putObject("alt_text").put("text", altText);
		return MAPPER.writeValueAsString(body);
	}

	/** {@code data.id} of a v2 answer, or {@code null}. */
	static String dataId(String body) {
		String id = read(body).path("data").path("id").asString("");
		return id.isEmpty() ? null : id;
	}

	/**
	 * X's own words from a v2 problem answer ({@code title}, {@code detail}, the first error's
	 * {@code message}) on one line, or an empty string when the body says nothing readable.
	 */
	static String problem(String body) {
		JsonNode json = read(body);
		StringBuilder words = new StringBuilder();
		append(words, json.path("title").asString(""), "");
		append(words, json.path("detail").asString(""), ": ");
		append(words, json.path("errors").path(0).path("message").asString(""), " ");
		return words.toString().replaceAll("\\s+", " ").trim();
	}

	/**
	 * The names a v2 problem answer gives itself, lower case: the last segment of its {@code type}
	 * ({@code https://api.twitter.com/2/problems/client-forbidden} gives {@code client-forbidden}),
	 * its {@code reason} and its {@code title}. Empty when the body is no problem JSON.
	 */
	static Set<String> problemNames(String body) {
		JsonNode json = read(body);
		String type = json.path("type").asString("");
		Set<String> names = new HashSet<>();
		for (String name : List.of(type.substring(type.lastIndexOf('/') + 1), json.path("reason").asString(""),
				json.path("title").asString(""))) {
			if (!name.isBlank()) {
				names.add(name.strip().toLowerCase(Locale.ROOT));
			}
		}
		return names;
	}

	private static void append(StringBuilder words, String part, String separator) {
		if (!part.isBlank() && words.indexOf(part) < 0) {
			words.append(words.isEmpty() ? "" : separator).append(part);
		}
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
