package nashir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirectoryTests {

	@TempDir
	Path home;

	@Test
	void shouldMakeARelativeDataDirectoryAbsoluteSoH2AcceptsIt() {
		MockEnvironment environment = new MockEnvironment().withProperty("nashir.data-dir", "target/data/../test-data")
			.withProperty("spring.datasource.url", "jdbc:h2:file:${nashir.data-dir}/nashir");
		new DataDirectory().postProcessEnvironment(environment, new SpringApplication());
		String absolute = Path.of("target/test-data").toAbsolutePath().toString();
		assertThat(environment.getProperty("nashir.data-dir")).isEqualTo(absolute);
		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:file:" + absolute + "/nashir");
	}

	@Test
	void shouldCreateTheDataDirectoryForItsUserOnlyBeforeTheDatabaseOpens() throws IOException {
		Path data = home.resolve("data");
		new DataDirectory().postProcessEnvironment(
				new MockEnvironment().withProperty("nashir.data-dir", data.toString())
					.withProperty("spring.datasource.url", "jdbc:h2:file:${nashir.data-dir}/nashir;WRITE_DELAY=0"),
				new SpringApplication());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
	}

	@Test
	void shouldCreateNothingWhenTheDatabaseLivesElsewhere() {
		Path data = home.resolve("data");
		new DataDirectory().postProcessEnvironment(new MockEnvironment().withProperty("nashir.data-dir", data.toString())
			.withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/test"), new SpringApplication());
		assertThat(data).doesNotExist();
	}

}
