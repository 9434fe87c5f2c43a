package nashir.publish;

import java.util.regex.Pattern;

/** X's ids (tweets, media) are 64-bit numbers sent as strings: digits only, at most 19 of them. */
final class XIds {

	private static final Pattern ID = Pattern.compile("[0-9]{1,19}");

	private XIds() {
	}

	static boolean usable(String id) {
		return id != null && ID.matcher(id).matches();
	}

}
