package nashir.web;

import java.security.Principal;

import nashir.account.AllAccounts;
import nashir.account.NetworkConnect;
import nashir.account.NetworkConnection;
import nashir.publish.ConnectRefused;
import nashir.publish.Network;
import nashir.text.Reason;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /accounts/connect/{type}} (admins only): connects a Telegram, Mastodon or Bluesky account
 * by its credentials, and gives one added in the app new credentials
 * ({@code /accounts/connect/{type}/{name}}). The network is asked first; its refusal is shown in the
 * form with the fields typed, but never a secret.
 */
@Controller
@RequestMapping("/accounts/connect/{type}")
class ChannelConnectController {

	private static final String PAGE = "channel-connect";

	private final NetworkConnect connect;

	private final AllAccounts accounts;

	ChannelConnectController(NetworkConnect connect, AllAccounts accounts) {
		this.connect = connect;
		this.accounts = accounts;
	}

	@GetMapping
	String form(@PathVariable String type, Model model) {
		return page(network(type), ChannelConnectForm.EMPTY, false, null, model);
	}

	@GetMapping("/{name}")
	String reconnectForm(@PathVariable String type, @PathVariable String name, Model model) {
		Network network = reconnectable(type, name);
		return page(network, ChannelConnectForm.of(name, accounts.get(name)), true, null, model);
	}

	@PostMapping
	String connect(@PathVariable String type, @ModelAttribute ChannelConnectForm form, Principal admin, Model model,
			RedirectAttributes redirect) {
		return submit(network(type), form, false, admin, model, redirect);
	}

	@PostMapping("/{name}")
	String reconnect(@PathVariable String type, @PathVariable String name, @ModelAttribute ChannelConnectForm form,
			Principal admin, Model model, RedirectAttributes redirect) {
		Network network = reconnectable(type, name);
		ChannelConnectForm named = new ChannelConnectForm(name, form.botToken(), form.chat(), form.instance(),
				form.accessToken(), form.handle(), form.appPassword(), form.service());
		return submit(network, named, true, admin, model, redirect);
	}

	private String submit(Network network, ChannelConnectForm form, boolean reconnect, Principal admin, Model model,
			RedirectAttributes redirect) {
		try {
			NetworkConnection connected = connect.connect(form.name(), form.credentials(network), reconnect,
					admin.getName());
			String handle = connected.profile().handle() == null ? "" : connected.profile().handle();
			redirect.addFlashAttribute("channelConnected",
					Reason.of("connect.done", "the " + network.id() + " account " + connected.account()
							+ " is connected: " + handle, network.id(), connected.account(), handle)
						.stored());
			return "redirect:/accounts";
		}
		catch (ConnectRefused ex) {
			return page(network, form.withoutSecrets(), reconnect, ex.reason(), model);
		}
	}

	private static String page(Network network, ChannelConnectForm form, boolean reconnect, Reason refused,
			Model model) {
		model.addAttribute("network", network.id());
		model.addAttribute("form", form);
		model.addAttribute("reconnect", reconnect);
		if (refused != null) {
			model.addAttribute("error", refused.stored());
		}
		return PAGE;
	}

	/** A network whose accounts connect by a form; X's and unknown names are no page here. */
	private Network network(String type) {
		try {
			Network network = Network.of(type);
			if (connect.connects(network)) {
				return network;
			}
		}
		catch (IllegalArgumentException ex) {
			// An unknown network is a page that does not exist.
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no connect form for this network");
	}

	private Network reconnectable(String type, String name) {
		Network network = network(type);
		if (connect.reconnects(name).filter(network::equals).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such account added in the app");
		}
		return network;
	}

}
