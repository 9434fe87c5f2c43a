package nashir.web;

import java.security.Principal;

import jakarta.servlet.http.HttpSession;
import nashir.account.PendingSignIn;
import nashir.account.XConnection;
import nashir.account.XSignIn;
import nashir.account.XSignInFailed;
import nashir.text.Reason;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * {@code /accounts/x/…} (admins only): "Sign in with X" to connect an account or reconnect one X
 * paused. The sign-in under way is kept in the admin's session, one at a time, and taken out for
 * its one use; the callback's {@code oauth_token} must be the one it holds.
 */
@Controller
@RequestMapping("/accounts/x")
class XConnectController {

	private static final String PENDING = XConnectController.class.getName() + ".pending";

	private static final String PAGE = "redirect:/accounts/x";

	private final XSignIn signIn;

	private final AuditLog audit;

	XConnectController(XSignIn signIn, AuditLog audit) {
		this.signIn = signIn;
		this.audit = audit;
	}

	@GetMapping
	String page() {
		return "x-connect";
	}

	@PostMapping("/connect")
	String connect(@RequestParam(defaultValue = "") String account, HttpSession session, Principal admin,
			RedirectAttributes redirect) {
		return start(account, false, session, admin, redirect);
	}

	@PostMapping("/reconnect/{account}")
	String reconnect(@PathVariable String account, HttpSession session, Principal admin, RedirectAttributes redirect) {
		return start(account, true, session, admin, redirect);
	}

	/** Without a public URL: X's page to open, and the field for the PIN it shows. */
	@GetMapping("/pin")
	String pin(HttpSession session, Model model, RedirectAttributes redirect) {
		if (!(session.getAttribute(PENDING) instanceof PendingSignIn pending)) {
			redirect.addFlashAttribute("error", XSignIn.expired().stored());
			return PAGE;
		}
		model.addAttribute("pending", pending);
		return "x-connect";
	}

	@PostMapping("/pin")
	String finishWithPin(@RequestParam(defaultValue = "") String pin, HttpSession session, Principal admin,
			RedirectAttributes redirect) {
		return finish(take(session), null, pin, admin, redirect);
	}

	/** Where X sends the admin back: with the verifier, or with {@code denied} when they declined. */
	@GetMapping("/callback")
	String callback(@RequestParam(name = "oauth_token", defaultValue = "") String token,
			@RequestParam(name = "oauth_verifier", required = false) String verifier,
			@RequestParam(required = false) String denied, HttpSession session, Principal admin,
			RedirectAttributes redirect) {
		PendingSignIn pending = take(session);
		if (denied != null) {
			Reason why = Reason.of("xconnect.error.denied", "the sign-in was declined on X's page; nothing was changed");
			return failed(pending == null ? null : pending.account(), why, admin, redirect);
		}
		return finish(pending, token, verifier, admin, redirect);
	}

	private String start(String account, boolean reconnect, HttpSession session, Principal admin,
			RedirectAttributes redirect) {
		session.removeAttribute(PENDING);
		try {
			PendingSignIn pending = this.signIn.start(account, reconnect);
			session.setAttribute(PENDING, pending);
			this.audit.record(admin.getName(), "x-connect-start", null, pending.account(), null, null,
					reconnect ? Reason.of("audit.reconnect", "reconnect").stored() : null);
			return this.signIn.usesPin() ? "redirect:/accounts/x/pin" : "redirect:" + pending.authorizeUrl();
		}
		catch (XSignInFailed ex) {
			return failed(account, ex.reason(), admin, redirect);
		}
	}

	private String finish(PendingSignIn pending, String token, String verifier, Principal admin,
			RedirectAttributes redirect) {
		try {
			XConnection connection = this.signIn.finish(pending, token, verifier, admin.getName());
			this.audit.record(admin.getName(), "x-connected", null, connection.account(), null, null,
					Reason.of("audit.xHandle", "@" + connection.profile().handle(), connection.profile().handle())
						.stored());
			redirect.addFlashAttribute("connected", connection.profile());
			redirect.addFlashAttribute("account", connection.account());
			return PAGE;
		}
		catch (XSignInFailed ex) {
			return failed(pending == null ? null : pending.account(), ex.reason(), admin, redirect);
		}
	}

	private String failed(String account, Reason why, Principal admin, RedirectAttributes redirect) {
		this.audit.record(admin.getName(), "x-connect-failed", null, account, null, null, why.stored());
		redirect.addFlashAttribute("error", why.stored());
		return PAGE;
	}

	/** The session's sign-in, taken out: of two requests at once, one gets it. */
	private static PendingSignIn take(HttpSession session) {
		synchronized (WebUtils.getSessionMutex(session)) {
			Object pending = session.getAttribute(PENDING);
			session.removeAttribute(PENDING);
			return pending instanceof PendingSignIn sign ? sign : null;
		}
	}

}
