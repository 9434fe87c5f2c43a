package nashir;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirectoryTests {

	@Test
	void shouldMakeARelativeDataDirectoryAbsoluteSoH2AcceptsIt() {
		MockEnvironment environment = new MockEnvironment().withProperty("nashir.data-dir", "data/../mydata")
			.withProperty("spring.datasource.url", "jdbc:h2:file:${nashir.data-dir}/nashir");
		new DataDirectory().postProcessEnvironment(environment, new SpringApplication());
		String absolute = Path.of("mydata").toAbsolutePath().toString();
		assertThat(environment.getProperty("nashir.data-dir")).isEqualTo(absolute);
		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:file:" + absolute + "/nashir");
	}

}
