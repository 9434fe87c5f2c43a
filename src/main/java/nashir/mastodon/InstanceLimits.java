package nashir.mastodon;

/**
 * What an instance allows in one status ({@code configuration.statuses} of {@code /api/v2/instance}).
 *
 * @param maxCharacters the most characters a status may have ({@code max_characters})
 * @param urlLength what every link counts, however long ({@code characters_reserved_per_url})
 */
record InstanceLimits(int maxCharacters, int urlLength) {

	/** Mastodon's own, for an instance that cannot be asked. */
	static final InstanceLimits DEFAULT = new InstanceLimits(500, 23);

}
