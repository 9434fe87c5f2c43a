package nashir.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps URLs taken from content (feeds, pages, editors) away from this machine and its networks:
 * an address that is not public is refused unless its host (or block) is listed in
 * {@code nashir.net.allowed-private-hosts}.
 */
final class AddressGuard {

	/** The blocks that are not the public internet, each with the word a refusal uses for it. */
	private static final Map<AddressRange, String> INTERNAL = Map.ofEntries(
			internal("0.0.0.0/8", "unspecified"), internal("10.0.0.0/8", "private"),
			internal("100.64.0.0/10", "shared"), internal("127.0.0.0/8", "loopback"),
			internal("169.254.0.0/16", "link-local"), internal("172.16.0.0/12", "private"),
			internal("192.0.0.0/24", "reserved"), internal("192.168.0.0/16", "private"),
			internal("198.18.0.0/15", "reserved"), internal("224.0.0.0/4", "multicast"),
			internal("240.0.0.0/4", "reserved"), internal("::/128", "unspecified"), internal("::1/128", "loopback"),
			internal("fc00::/7", "private"), internal("fe80::/10", "link-local"), internal("fec0::/10", "private"),
			internal("ff00::/8", "multicast"));

	/**
	 * IPv6 forms that carry an IPv4 address in their last four bytes: compatible, mapped and NAT64.
	 * Java turns a typed mapped literal ({@code ::ffff:a.b.c.d}) into the IPv4 address itself, but
	 * not a DNS answer (an AAAA record of {@code ::ffff:127.0.0.1}), which a dual-stack socket reaches.
	 */
	private static final List<AddressRange> EMBEDDING_IPV4 = List.of(AddressRange.parse("::/96"), mappedIpv4(),
			AddressRange.parse("64:ff9b::/96"));

	private final Set<String> allowedHosts;

	private final List<AddressRange> allowedRanges;

	AddressGuard(List<String> allowedPrivateHosts) {
		List<String> entries = allowedPrivateHosts.stream().map(String::strip).filter((entry) -> !entry.isEmpty()).toList();
		this.allowedHosts = entries.stream()
			.filter((entry) -> !AddressRange.isLiteral(entry))
			.map((host) -> host.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
		this.allowedRanges = entries.stream().filter(AddressRange::isLiteral).map(AddressRange::parse).toList();
	}

	/**
	 * The addresses of {@code host} this guard lets a connection go to; refuses the host when none is
	 * left. The refusal names the kind of address, never whether anything listens there.
	 */
	InetAddress[] permitted(String host, InetAddress[] resolved) throws AddressRefused {
		if (this.allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
			return resolved;
		}
		InetAddress[] permitted = Arrays.stream(resolved).filter(this::allows).toArray(InetAddress[]::new);
		if (permitted.length == 0) {
			throw new AddressRefused(host, kind(resolved[0]).orElse("internal"));
		}
		return permitted;
	}

	boolean allows(InetAddress address) {
		return kind(address).isEmpty() || this.allowedRanges.stream().anyMatch((range) -> range.contains(address));
	}

	/** What kind of internal address this is ("loopback", "private"…), or empty for a public one. */
	static Optional<String> kind(InetAddress address) {
		InetAddress plain = embeddedIpv4(address).orElse(address);
		return INTERNAL.entrySet()
			.stream()
			.filter((block) -> block.getKey().contains(plain))
			.map(Map.Entry::getValue)
			.findFirst();
	}

	private static Optional<InetAddress> embeddedIpv4(InetAddress address) {
		if (!(address instanceof Inet6Address) || EMBEDDING_IPV4.stream().noneMatch((range) -> range.contains(address))
				|| address.isAnyLocalAddress() || address.isLoopbackAddress()) {
			return Optional.empty();
		}
		try {
			return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(address.getAddress(), 12, 16)));
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("four bytes are always an IPv4 address", ex);
		}
	}

	/** {@code ::ffff:0:0/96}, built by hand: Java parses that literal as the IPv4 address 0.0.0.0. */
	private static AddressRange mappedIpv4() {
		byte[] prefix = new byte[16];
		prefix[10] = (byte) 0xff;
		prefix[11] = (byte) 0xff;
		return new AddressRange(prefix, 96);
	}

	private static Map.Entry<AddressRange, String> internal(String cidr, String kind) {
		return Map.entry(AddressRange.parse(cidr), kind);
	}

	/**
	 * A host whose every address is internal. An {@link UnknownHostException} because that is what a
	 * resolver may throw; it passes through the HTTP client unchanged.
	 */
	static final class AddressRefused extends UnknownHostException {

		AddressRefused(String host, String kind) {
			super("refused: " + host + " is an internal address (" + kind + ")");
		}

	}

}
