package nashir.web;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/** The newsroom's language: Arabic first. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	@Bean
	LocaleResolver localeResolver() {
		return new FixedLocaleResolver(Locale.forLanguageTag("ar"));
	}

}
