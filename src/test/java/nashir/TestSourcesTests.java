package nashir;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test helpers must not be found by the application's component scan: the end-to-end test runs
 * the whole service in the test JVM, and a stray test configuration there would change it.
 */
class TestSourcesTests {

	@Test
	void shouldKeepEveryScannableComponentInTheMainSources() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
		Set<String> fromTests = scanner.findCandidateComponents("nashir")
			.stream()
			.filter(candidate -> candidate.getResourceDescription() != null
					&& candidate.getResourceDescription().contains("test-classes"))
			.map(BeanDefinition::getBeanClassName)
			.collect(Collectors.toSet());
		assertThat(fromTests).isEmpty();
	}

}
