package nashir.feed;

import java.io.IOException;
import java.io.Reader;

/**
 * Drops the characters XML 1.0 forbids (U+0000–U+001F except tab, CR and LF, and U+FFFE, U+FFFF),
 * whether they come raw or as character references ({@code &#x1F;}, {@code &#0;}). Real feeds
 * carry them (pasted from word processors) and one is enough to make both Rome's strict parse
 * and its healer fail on the whole feed.
 */
final class XmlCharFilterReader extends Reader {

	/** Longer than any sane reference ({@code &#x10FFFF;} with a few leading zeros): passed on as it is. */
	private static final int LONGEST_REFERENCE = 16;

	private final Reader in;

	private final char[] chunk = new char[8192];

	/** Filtered characters not yet handed out, from {@link #position} on. */
	private final StringBuilder ready = new StringBuilder();

	private int position;

	/** The start of what may be a character reference, held until it is complete or proves not to be one. */
	private final StringBuilder reference = new StringBuilder();

	XmlCharFilterReader(Reader in) {
		this.in = in;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		// A chunk made only of forbidden characters must not look like the end of the stream.
		while (this.position == this.ready.length()) {
			this.ready.setLength(0);
			this.position = 0;
			int read = this.in.read(this.chunk);
			if (read < 0) {
				if (this.reference.isEmpty()) {
					return -1;
				}
				this.ready.append(this.reference);
				this.reference.setLength(0);
			}
			for (int i = 0; i < read; i++) {
				if (this.reference.isEmpty()) {
					// Most text holds neither '&' nor a forbidden character: copy such runs whole.
					int end = i;
					while (end < read && this.chunk[end] != '&' && !isForbidden(this.chunk[end])) {
						end++;
					}
					this.ready.append(this.chunk, i, end - i);
					i = end;
					if (i == read) {
						break;
					}
				}
				accept(this.chunk[i]);
			}
		}
		int count = Math.min(length, this.ready.length() - this.position);
		this.ready.getChars(this.position, this.position + count, buffer, offset);
		this.position += count;
		return count;
	}

	private void accept(char c) {
		if (!this.reference.isEmpty()) {
			this.reference.append(c);
			Reference state = Reference.of(this.reference);
			if (state == Reference.PARTIAL) {
				return;
			}
			if (state == Reference.ALLOWED) {
				this.ready.append(this.reference);
				this.reference.setLength(0);
				return;
			}
			if (state == Reference.FORBIDDEN) {
				this.reference.setLength(0);
				return;
			}
			// Not a reference after all: pass it on, and look at its last character afresh (it may start one).
			this.ready.append(this.reference, 0, this.reference.length() - 1);
			this.reference.setLength(0);
		}
		if (c == '&') {
			this.reference.append(c);
		}
		else if (!isForbidden(c)) {
			this.ready.append(c);
		}
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

	static boolean isForbidden(char c) {
		return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF;
	}

	/** A reference may also name what no raw character can be: a lone surrogate, or beyond Unicode. */
	private static boolean isForbiddenReference(int codePoint) {
		return codePoint > 0x10FFFF || codePoint >= 0xD800 && codePoint <= 0xDFFF
				|| codePoint <= 0xFFFF && isForbidden((char) codePoint);
	}

	/** What the characters from an {@code &} on amount to so far. */
	private enum Reference {

		PARTIAL, ALLOWED, FORBIDDEN, NONE;

		static Reference of(CharSequence text) {
			int length = text.length();
			if (text.charAt(1) != '#') {
				return NONE;
			}
			if (length == 2) {
				return PARTIAL;
			}
			boolean hex = text.charAt(2) == 'x';
			int digits = hex ? 3 : 2;
			char last = text.charAt(length - 1);
			if (last == ';' && length > digits + 1) {
				return isForbiddenReference(value(text, digits, length - 1, hex)) ? FORBIDDEN : ALLOWED;
			}
			boolean digit = Character.digit(last, hex ? 16 : 10) >= 0 && last < 0x80;
			return (digit || hex && length == 3) && length < LONGEST_REFERENCE ? PARTIAL : NONE;
		}

		/** The referenced code point; anything too long to be one counts as out of range. */
		private static int value(CharSequence text, int from, int to, boolean hex) {
			long value = 0;
			for (int i = from; i < to; i++) {
				value = value * (hex ? 16 : 10) + Character.digit(text.charAt(i), hex ? 16 : 10);
				if (value > 0x10FFFF) {
					return Integer.MAX_VALUE;
				}
			}
			return (int) value;
		}

	}

}
