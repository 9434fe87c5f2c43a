package nashir.feed;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Drops the control characters XML 1.0 forbids (U+0000–U+001F except tab, CR and LF). Real
 * feeds carry them (pasted from word processors) and one is enough to make both Rome's strict
 * parse and its healer fail on the whole feed.
 */
final class XmlCharFilterReader extends FilterReader {

	XmlCharFilterReader(Reader in) {
		super(in);
	}

	@Override
	public int read() throws IOException {
		int c;
		do {
			c = super.read();
		}
		while (c != -1 && isForbidden((char) c));
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int read;
		do {
			read = super.read(buffer, offset, length);
			if (read <= 0) {
				return read;
			}
			int kept = offset;
			for (int i = offset; i < offset + read; i++) {
				if (!isForbidden(buffer[i])) {
					buffer[kept++] = buffer[i];
				}
			}
			read = kept - offset;
		}
		// A chunk made only of forbidden characters must not look like the end of the stream.
		while (read == 0);
		return read;
	}

	static boolean isForbidden(char c) {
		return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
	}

}
