package nashir.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /login}: the app's own login page (Spring Security handles the POST). */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
