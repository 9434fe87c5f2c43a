package nashir.web;

import java.security.Principal;
import java.util.List;

import nashir.account.AccountRefused;
import nashir.account.AllAccounts;
import nashir.account.AppAccount;
import nashir.account.AppAccounts;
import nashir.account.AppSettings;
import nashir.account.XApp;
import nashir.publish.Account;
import nashir.publish.Network;
import nashir.queue.AccountStates;
import nashir.queue.AccountStatus;
import nashir.text.Refusal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /accounts} (admins only): every account with its state and settings; those added in the
 * app can be set and deleted, those of the configuration are shown read-only. The X app's key.
 */
@Controller
@RequestMapping("/accounts")
class AccountsController {

	private final AllAccounts accounts;

	private final AppAccounts inApp;

	private final AccountStates states;

	AccountsController(AllAccounts accounts, AppAccounts inApp, AccountStates states) {
		this.accounts = accounts;
		this.inApp = inApp;
		this.states = states;
	}

	/**
	 * One account as the page shows it: never its secrets.
	 *
	 * @param app the account's own record when it was added in the app, else {@code null}
	 * @param settings its settings as the form shows them
	 * @param network where it posts
	 * @param credentials whether it has all its network's credentials
	 * @param picture its X picture when the browser may load it (as {@link PreviewCards#thumbnail}), or {@code null}
	 */
	record Row(String name, AllAccounts.Origin origin, Network network, AppAccount app, AccountStatus status,
			AccountSettingsForm settings, boolean credentials, String picture) {
	}

	@GetMapping
	String accounts(Model model) {
		model.addAttribute("accounts", rows());
		model.addAttribute("xApp", inApp.xAppOrigin());
		return "accounts";
	}

	@PostMapping("/{name}")
	String settings(@PathVariable String name, @ModelAttribute AccountSettingsForm form, Principal admin,
			RedirectAttributes redirect) {
		return act(redirect, () -> inApp.updateSettings(name, form.settings(), admin.getName()));
	}

	@PostMapping("/{name}/delete")
	String delete(@PathVariable String name, Principal admin, RedirectAttributes redirect) {
		return act(redirect, () -> inApp.delete(name, admin.getName()));
	}

	/** The X app's key and secret: written, never shown again. */
	@PostMapping("/x-app")
	String xApp(@RequestParam String consumerKey, @RequestParam String consumerSecret, Principal admin,
			RedirectAttributes redirect) {
		return act(redirect, () -> inApp.saveXApp(new XApp(consumerKey, consumerSecret), admin.getName()));
	}

	private List<Row> rows() {
		return accounts.names().stream().map(name -> {
			AppAccount app = accounts.inApp(name).orElse(null);
			Account account = accounts.get(name);
			AppSettings settings = app != null ? app.settings()
					: new AppSettings(account.dryRun(), account.minInterval(), account.dailyCap(), account.quietHours(),
							account.template(), account.budget());
			return new Row(name, accounts.origin(name).orElseThrow(), account.type(), app, states.status(name),
					AccountSettingsForm.of(settings), account.hasCredentials(),
					app == null || app.profile() == null ? null : PreviewCards.thumbnail(app.profile().pictureUrl()));
		}).toList();
	}

	private static String act(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", true);
		}
		catch (ActionRefused | AccountRefused ex) {
			redirect.addFlashAttribute("error", ((Refusal) ex).reason().stored());
		}
		return "redirect:/accounts";
	}

}
