package nashir.bluesky;

import nashir.publish.OutgoingPost.PostKey;

/**
 * A record key of the form {@code app.bsky.feed.post} requires (a TID: 13 characters of base32-sortable, 64 bits
 * with the top one 0, then 53 bits of microseconds since the epoch and a 10-bit clock id), made from the post's
 * own key rather than the clock: every attempt at one post names the same record, so the PDS refuses a resend.
 */
final class Tid {

	private static final String ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";

	private static final long MICROS = (1L << 53) - 1;

	private static final int CLOCK_IDS = 1024;

	private Tid() {
	}

	static String of(PostKey key) {
		long micros = Math.addExact(Math.multiplyExact(key.createdAt().getEpochSecond(), 1_000_000L),
				key.createdAt().getNano() / 1_000);
		long value = ((micros & MICROS) << 10) | Math.floorMod(key.id(), CLOCK_IDS);
		char[] chars = new char[13];
		for (int i = chars.length - 1; i >= 0; i--) {
			chars[i] = ALPHABET.charAt((int) (value & 31));
			value >>>= 5;
		}
		return new String(chars);
	}

}
