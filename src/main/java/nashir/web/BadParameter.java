package nashir.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** A query or path parameter that cannot be read as what it must be: answered with 400 and this message, which names it. */
class BadParameter extends RuntimeException {

	BadParameter(String name, Object value, Class<?> type) {
		super("parameter '" + name + "': '" + shortened(value) + "' is not " + expected(type));
	}

	/** The first parameter bound into a {@code filter} record that could not be read, if any. */
	static Optional<BadParameter> in(BindingResult result, Class<? extends Record> filter) {
		return result.getFieldErrors()
			.stream()
			.filter(FieldError::isBindingFailure)
			.findFirst()
			.map(error -> new BadParameter(error.getField(), error.getRejectedValue(), componentType(filter, error.getField())));
	}

	static String expected(Class<?> type) {
		if (type == LocalDate.class) {
			return "a date such as 2026-11-29";
		}
		if (type != null && type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
		}
		if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
			return "a whole number";
		}
		return "usable here";
	}

	private static Class<?> componentType(Class<? extends Record> record, String name) {
		return Arrays.stream(record.getRecordComponents())
			.filter(component -> component.getName().equals(name))
			.findFirst()
			.<Class<?>>map(component -> component.getType())
			.orElse(null);
	}

	private static String shortened(Object value) {
		String text = String.valueOf(value);
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

}
