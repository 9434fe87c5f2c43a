package nashir.net;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An address block in CIDR notation ({@code 10.0.0.0/8}, {@code fc00::/7}); a bare address is a block of one. */
record AddressRange(byte[] prefix, int bits) {

	static AddressRange parse(String cidr) {
		String[] parts = cidr.strip().split("/", 2);
		byte[] prefix = literal(parts[0]).getAddress();
		int bits = (parts.length == 1) ? prefix.length * 8 : Integer.parseInt(parts[1].strip());
		if (bits < 0 || bits > prefix.length * 8) {
			throw new IllegalArgumentException("not an address block: " + cidr);
		}
		return new AddressRange(prefix, bits);
	}

	/** Whether {@code text} is written as an address (or block) rather than as a host name. */
	static boolean isLiteral(String text) {
		String address = text.strip().split("/", 2)[0];
		return address.contains(":") || address.matches("[0-9.]+");
	}

	boolean contains(InetAddress address) {
		byte[] bytes = address.getAddress();
		if (bytes.length != this.prefix.length) {
			return false;
		}
		for (int bit = 0; bit < this.bits; bit++) {
			int mask = 0x80 >>> (bit % 8);
			if ((bytes[bit / 8] & mask) != (this.prefix[bit / 8] & mask)) {
				return false;
			}
		}
		return true;
	}

	/** Parses an address literal without ever asking DNS. */
	private static InetAddress literal(String text) {
		String address = text.strip();
		if (!isLiteral(address)) {
			throw new IllegalArgumentException("not an address: " + text);
		}
		try {
			return InetAddress.getByName(address.startsWith("[") ? address.substring(1, address.length() - 1) : address);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("not an address: " + text, ex);
		}
	}

}
