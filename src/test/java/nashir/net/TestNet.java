package nashir.net;

import java.util.List;

/**
 * The guard as tests run it: test servers answer on {@code localhost}, which is allowed like an
 * intranet host, while {@code 127.0.0.1} and every other internal address stay refused. Spring
 * tests get the same from {@code src/test/resources/application.properties}.
 */
public final class TestNet {

	public static final String ALLOWED_HOST = "localhost";

	private TestNet() {
	}

	public static NetSettings settings() {
		return new NetSettings(List.of(ALLOWED_HOST));
	}

	/** A guarded client that lets tests reach their WireMock sites on {@code localhost}. */
	public static Http http() {
		return Http.guarded(settings());
	}

}
