package nashir.queue;

import java.lang.management.ManagementFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The name this process signs its claims and log rows with ({@code nashir.node-name}, default pid@host). */
@Component
public class NodeName {

	private final String name;

	NodeName(@Value("${nashir.node-name:}") String configured) {
		this.name = configured.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : configured;
	}

	@Override
	public String toString() {
		return name;
	}

}
