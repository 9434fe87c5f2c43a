package nashir.account;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import nashir.publish.Account;
import nashir.publish.ConnectCheck;
import nashir.publish.ConnectRefused;
import nashir.publish.Network;
import nashir.publish.NetworkProfile;
import nashir.text.Reason;

import org.springframework.core.Ordered;

/**
 * A network's check that answers as told: the profile, or a refusal; it keeps every account it was
 * asked about. Ordered first, so in a whole application it stands in for the network's own check.
 */
public final class FakeConnectCheck implements ConnectCheck, Ordered {

	private final Network network;

	private final List<Account> asked = new CopyOnWriteArrayList<>();

	private final NetworkProfile first;

	private volatile NetworkProfile profile;

	private volatile Reason refusal;

	public FakeConnectCheck(Network network, NetworkProfile profile) {
		this.network = network;
		this.first = profile;
		this.profile = profile;
	}

	/** As made: answering its first profile, asked nothing (a Spring context shared by tests keeps it). */
	public void reset() {
		asked.clear();
		answer(first);
	}

	/** The next checks refuse with this reason, or ({@code null}) answer the profile again. */
	public void refuse(Reason reason) {
		this.refusal = reason;
	}

	public void answer(NetworkProfile profile) {
		this.profile = profile;
		this.refusal = null;
	}

	/** Every account asked about, oldest first. */
	public List<Account> asked() {
		return List.copyOf(asked);
	}

	@Override
	public Network network() {
		return network;
	}

	@Override
	public NetworkProfile check(Account account) throws ConnectRefused {
		asked.add(account);
		Reason why = refusal;
		if (why != null) {
			throw new ConnectRefused(why);
		}
		return profile;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
