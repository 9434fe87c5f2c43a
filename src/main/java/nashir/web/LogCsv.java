package nashir.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import nashir.queue.Post;
import nashir.text.Reason;

/**
 * The publish log as CSV (RFC 4180, UTF-8 with a BOM so spreadsheets read the Arabic). A cell that
 * a spreadsheet would run as a formula ({@code = + - @}, tab, CR) is prefixed with {@code '}: a
 * headline is never a command (OWASP "CSV injection"). Times are ISO-8601 in the newsroom's zone,
 * to the second, with the offset, so a spreadsheet and a script read the same instant. The error
 * is the English sentence: a file for tools, not a page.
 */
class LogCsv {

	private final NewsroomZone zone;

	LogCsv(NewsroomZone zone) {
		this.zone = zone;
	}

	static final String HEADER = "id,created_at,published_at,status,account,schedule,text,tweet_url,error";

	void write(List<Post> posts, Writer out) throws IOException {
		out.write('\uFEFF');
		out.write(HEADER);
		out.write("\r\n");
		for (Post post : posts) {
			out.write(String.join(",", cell(String.valueOf(post.id())), cell(zone.iso(post.createdAt())),
					cell(zone.iso(post.publishedAt())), cell(post.status().name()), cell(post.account()),
					cell(post.scheduleId()), cell(post.text()), cell(Views.xUrl(post)), cell(Reason.english(post.error()))));
			out.write("\r\n");
		}
	}

	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

}
