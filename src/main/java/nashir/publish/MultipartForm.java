package nashir.publish;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A {@code multipart/form-data} body (RFC 7578), built in memory: an image is at most 5 MB. */
public final class MultipartForm {

	private final String boundary = "nashir-" + UUID.randomUUID();

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	public MultipartForm field(String name, String value) {
		part("Content-Disposition: form-data; name=\"" + name + "\"\r\n", value.getBytes(StandardCharsets.UTF_8));
		return this;
	}

	public MultipartForm file(String name, String fileName, String contentType, byte[] content) {
		part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
				+ "Content-Type: " + contentType + "\r\n", content);
		return this;
	}

	public String contentType() {
		return "multipart/form-data; boundary=" + this.boundary;
	}

	public byte[] toByteArray() {
		ByteArrayOutputStream all = new ByteArrayOutputStream(this.body.size() + 64);
		all.writeBytes(this.body.toByteArray());
		all.writeBytes(("--" + this.boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return all.toByteArray();
	}

	private void part(String headers, byte[] content) {
		this.body.writeBytes(("--" + this.boundary + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
		this.body.writeBytes(content);
		this.body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

}
