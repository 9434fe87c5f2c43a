package nashir.web;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** The newsroom's language and clock: Arabic unless the user picks English ({@code ?lang=en}), kept in a cookie. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale ARABIC = Locale.forLanguageTag("ar");

	/**
	 * The language cookie is Secure over HTTPS (behind the TLS proxy, by X-Forwarded-Proto), as the
	 * session cookie is, and plain over the HTTP of a laptop's trial run, where a Secure one would be dropped.
	 */
	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver plain = languageCookie(false);
		CookieLocaleResolver secure = languageCookie(true);
		return new LocaleResolver() {

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return plain.resolveLocale(request);
			}

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				(request.isSecure() ? secure : plain).setLocale(request, response, locale);
			}

		};
	}

	private static CookieLocaleResolver languageCookie(boolean secure) {
		CookieLocaleResolver resolver = new CookieLocaleResolver("nashir-lang");
		// Arabic even when the browser asks for English: the newsroom works in Arabic first.
		resolver.setDefaultLocaleFunction(request -> ARABIC);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSecure(secure);
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

	/**
	 * The digits of Arabic pages. Western by default: the posts editors write and X shows use them,
	 * as do the browser's date and time fields, so one style reads throughout.
	 */
	@Bean
	Digits digits(Environment environment) {
		return new Digits(Digits.Style.parse(environment.getProperty("nashir.web.digits", "western")));
	}

	/**
	 * The pages' texts through ICU: plurals by each language's rules, numbers and times in the page's
	 * digits. Made before any other bean, so its settings are read from the environment, not {@code @Value}.
	 */
	@Bean
	MessageSource messageSource(Digits digits, NewsroomZone zone) {
		return new IcuMessageSource(digits, zone);
	}

	/** The zone editors read and type times in. */
	@Bean
	NewsroomZone newsroomZone(Environment environment) {
		String zone = environment.getProperty("nashir.web.time-zone", "");
		return new NewsroomZone(zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone));
	}

}
