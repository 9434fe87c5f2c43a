package nashir.web;

import java.time.LocalDate;

import nashir.queue.PostStatus;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the publish log is narrowed to; every part may be empty.
 *
 * @param from first day shown, in the newsroom's zone
 * @param to last day shown, included
 * @param q words the text must contain
 */
record LogFilter(PostStatus status, String account, String schedule,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String q) {

	static LogFilter none() {
		return new LogFilter(null, null, null, null, null, null);
	}

}
