package nashir.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The REST API's OpenAPI description at {@code /api/docs}: same users and roles as the pages, by HTTP Basic. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	@Bean
	OpenAPI nashirApi() {
		return new OpenAPI()
			.info(new Info().title("Nashir API")
				.description("The newsroom app's queue, review, schedules, publish log and users as JSON. "
						+ "Log in with HTTP Basic (any role reads; EDITOR changes posts and schedules; ADMIN manages "
						+ "users) or with the app's session plus its CSRF token."))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
