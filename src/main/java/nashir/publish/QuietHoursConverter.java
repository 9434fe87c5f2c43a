package nashir.publish;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads {@code nashir.accounts.<name>.quiet-hours} from its text form. */
@Component
@ConfigurationPropertiesBinding
class QuietHoursConverter implements Converter<String, QuietHours> {

	@Override
	public QuietHours convert(String source) {
		return source.isBlank() ? null : QuietHours.parse(source);
	}

}
