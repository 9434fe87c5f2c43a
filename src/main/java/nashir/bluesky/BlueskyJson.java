package nashir.bluesky;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import nashir.bluesky.Facets.Facet;
import nashir.net.Answer;

/** The JSON Nashir sends to a PDS and reads back, written and read by Jackson so any text is escaped right. */
final class BlueskyJson {

	static final String POST = "app.bsky.feed.post";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private BlueskyJson() {
	}

	static byte[] login(String identifier, String password) {
		return bytes(MAPPER.createObjectNode().put("identifier", identifier).put("password", password));
	}

	/**
	 * A {@code createRecord} of a post in Arabic. {@code rkey} {@code null} lets the PDS choose one (a post
	 * without a key of its own, which is then not protected against a resend).
	 */
	static byte[] createRecord(String did, String rkey, String text, Instant createdAt, List<Facet> facets,
			JsonNode embed) {
		ObjectNode call = MAPPER.createObjectNode().put("repo", did).put("collection", POST);
		if (rkey != null) {
			call.put("rkey", rkey);
		}
		ObjectNode record = call.putObject("record").put("$type", POST).put("text", text)
			.put("createdAt", createdAt.truncatedTo(ChronoUnit.MILLIS).toString());
		record.putArray("langs").add("ar");
		if (!facets.isEmpty()) {
			ArrayNode array = record.putArray("facets");
			facets.forEach((facet) -> array.add(facet(facet)));
		}
		if (embed != null) {
			record.set("embed", embed);
		}
		return bytes(call);
	}

	private static ObjectNode facet(Facet facet) {
		ObjectNode node = MAPPER.createObjectNode().put("$type", "app.bsky.richtext.facet");
		node.putObject("index").put("byteStart", facet.byteStart()).put("byteEnd", facet.byteEnd());
		ObjectNode feature = node.putArray("features").addObject();
		if (facet.kind() == Facet.Kind.LINK) {
			feature.put("$type", "app.bsky.richtext.facet#link").put("uri", facet.value());
		}
		else {
			feature.put("$type", "app.bsky.richtext.facet#tag").put("tag", facet.value());
		}
		return node;
	}

	/** A link card; {@code thumb} is an uploaded blob, or {@code null}. */
	static JsonNode card(String uri, String title, JsonNode thumb) {
		ObjectNode embed = MAPPER.createObjectNode().put("$type", "app.bsky.embed.external");
		ObjectNode external = embed.putObject("external").put("uri", uri).put("title", title == null ? "" : title)
			.put("description", "");
		if (thumb != null) {
			external.set("thumb", thumb);
		}
		return embed;
	}

	static JsonNode image(JsonNode blob, String alt) {
		ObjectNode embed = MAPPER.createObjectNode().put("$type", "app.bsky.embed.images");
		embed.putArray("images").addObject().put("alt", alt == null ? "" : alt.strip()).set("image", blob);
		return embed;
	}

	/** The {@code blob} of an {@code uploadBlob} answer, to put in a record as it is; {@code null} when none. */
	static JsonNode blob(Answer answer) {
		JsonNode blob = read(answer).path("blob");
		return blob.isObject() && blob.has("ref") ? blob : null;
	}

	/** A session from a {@code createSession} or {@code refreshSession} answer; {@code null} when it holds none. */
	static Session session(Answer answer) {
		JsonNode json = read(answer);
		String did = json.path("did").asString("");
		String access = json.path("accessJwt").asString("");
		String refresh = json.path("refreshJwt").asString("");
		if (did.isEmpty() || access.isEmpty() || refresh.isEmpty()) {
			return null;
		}
		return new Session(did, json.path("handle").asString(""), access, refresh);
	}

	/** The record key at the end of {@code uri} ({@code at://did/collection/rkey}), or {@code null}. */
	static String rkey(Answer answer) {
		String uri = read(answer).path("uri").asString("");
		int slash = uri.lastIndexOf('/');
		return (uri.startsWith("at://") && slash < uri.length() - 1) ? uri.substring(slash + 1) : null;
	}

	/** The XRPC error name of a refusal ({@code ExpiredToken}, {@code InvalidRequest}…), or an empty string. */
	static String error(Answer answer) {
		return read(answer).path("error").asString("");
	}

	/** The refusal's own words, or an empty string. */
	static String message(Answer answer) {
		return read(answer).path("message").asString("");
	}

	static String text(Answer answer, String field) {
		String value = read(answer).path(field).asString("");
		return value.isBlank() ? null : value;
	}

	private static JsonNode read(Answer answer) {
		try {
			return (answer.body() == null || answer.body().length == 0) ? MAPPER.missingNode()
					: MAPPER.readTree(new String(answer.body(), StandardCharsets.UTF_8));
		}
		catch (JacksonException ex) {
			return MAPPER.missingNode();
		}
	}

	private static byte[] bytes(JsonNode json) {
		return MAPPER.writeValueAsBytes(json);
	}

}
