package nashir.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nashir.net.AddressGuard.AddressRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AddressGuardTests {

	private final AddressGuard guard = new AddressGuard(List.of());

	@ParameterizedTest
	@CsvSource({ "127.0.0.1, loopback", "127.8.9.10, loopback", "::1, loopback", "10.1.2.3, private",
			"172.16.0.1, private", "172.31.255.255, private", "192.168.1.1, private", "100.64.0.1, shared",
			"100.127.255.254, shared", "169.254.169.254, link-local", "fe80::1, link-local", "fc00::1, private",
			"fd12:3456::1, private", "224.0.0.1, multicast", "ff02::1, multicast", "0.0.0.0, unspecified",
			"0.1.2.3, unspecified", ":: , unspecified", "255.255.255.255, reserved", "::ffff:127.0.0.1, loopback",
			"::ffff:169.254.169.254, link-local", "::ffff:10.0.0.1, private", "::127.0.0.1, loopback",
			"::ffff:7f00:1, loopback", "64:ff9b::a9fe:a9fe, link-local", "::ffff:0.0.0.0, unspecified" })
	void shouldRefuseInternalAddresses(String address, String kind) throws Exception {
		InetAddress parsed = InetAddress.getByName(address);
		assertThat(AddressGuard.kind(parsed)).contains(kind);
		assertThat(this.guard.allows(parsed)).isFalse();
	}

	/** A resolver hands an AAAA record of ::ffff:a.b.c.d over as IPv6, not folded to IPv4 as a literal is. */
	@ParameterizedTest
	@CsvSource({ "127.0.0.1, loopback", "169.254.169.254, link-local", "10.0.0.1, private" })
	void shouldRefuseAMappedAddressAsADnsAnswerCarriesIt(String ipv4, String kind) throws Exception {
		byte[] mapped = new byte[16];
		mapped[10] = (byte) 0xff;
		mapped[11] = (byte) 0xff;
		System.arraycopy(InetAddress.getByName(ipv4).getAddress(), 0, mapped, 12, 4);
		InetAddress answer = Inet6Address.getByAddress("rebind.example.com", mapped, -1);

		assertThat(answer).isInstanceOf(Inet6Address.class);
		assertThat(AddressGuard.kind(answer)).contains(kind);
		assertThat(this.guard.allows(answer)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "93.184.216.34", "172.32.0.1", "100.128.0.1", "8.8.8.8", "2606:4700::1111",
			"::ffff:93.184.216.34", "169.253.255.255" })
	void shouldLetPublicAddressesThrough(String address) throws Exception {
		assertThat(this.guard.allows(InetAddress.getByName(address))).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "intranet.example.com, 10.0.0.7", "INTRANET.example.com, 10.0.0.7", "other, 10.20.30.40",
			"other, 192.168.5.5", "other, fd00::5" })
	void shouldAllowListedHostsAndBlocks(String host, String address) throws Exception {
		AddressGuard allowing = new AddressGuard(List.of("intranet.example.com", " 10.20.0.0/16", "192.168.5.5", "fd00::/8"));
		InetAddress[] resolved = { InetAddress.getByName(address) };
		assertThat(allowing.permitted(host, resolved)).containsExactly(resolved);
	}

	@ParameterizedTest
	@CsvSource({ "other, 10.21.0.1", "other, 192.168.5.6", "intranet.example.com.evil.com, 10.0.0.7" })
	void shouldStillRefuseWhatIsNotListed(String host, String address) throws Exception {
		AddressGuard allowing = new AddressGuard(List.of("intranet.example.com", "10.20.0.0/16", "192.168.5.5"));
		assertThatExceptionOfType(AddressRefused.class)
			.isThrownBy(() -> allowing.permitted(host, new InetAddress[] { InetAddress.getByName(address) }))
			.withMessage("refused: " + host + " is an internal address (" + AddressGuard.kind(InetAddress.getByName(address)).get() + ")");
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "10.0.0.1" })
	void shouldKeepOnlyThePublicAddressesOfAMixedHost(String internal) throws Exception {
		InetAddress[] resolved = { InetAddress.getByName(internal), InetAddress.getByName("93.184.216.34") };
		assertThat(this.guard.permitted("mixed.example.com", resolved)).containsExactly(resolved[1]);
	}

}
