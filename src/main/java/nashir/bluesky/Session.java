package nashir.bluesky;

/**
 * A signed-in session on the account's PDS. The tokens are secrets: {@link #toString()} leaves them out.
 *
 * @param did the account's permanent id, the repository posts are written to
 * @param handle the account's handle as the PDS knows it, for links to its posts
 */
record Session(String did, String handle, String accessJwt, String refreshJwt) {

	@Override
	public String toString() {
		return "Session[did=" + this.did + ", handle=" + this.handle + "]";
	}

}
