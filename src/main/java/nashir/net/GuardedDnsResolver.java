package nashir.net;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * The guard's hook into the HTTP client: the client connects only to the addresses this resolver
 * returns (for IP literals too, since requests are built from URIs and no proxy is set), so the
 * address checked is the address connected to, at every hop, with no second DNS look-up between.
 */
final class GuardedDnsResolver implements DnsResolver {

	private final AddressGuard guard;

	GuardedDnsResolver(AddressGuard guard) {
		this.guard = guard;
	}

	@Override
	public InetAddress[] resolve(String host) throws UnknownHostException {
		return this.guard.permitted(host, SystemDefaultDnsResolver.INSTANCE.resolve(host));
	}

	@Override
	public String resolveCanonicalHostname(String host) throws UnknownHostException {
		return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
	}

}
