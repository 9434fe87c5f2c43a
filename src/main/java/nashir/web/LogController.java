package nashir.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nashir.queue.Post;
import nashir.queue.PostStatus;
import nashir.schedule.ScheduleCatalog;
import nashir.schedule.Schedule;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/** {@code /log}: the publish log, filtered and searched, with a link to each post on X, and the same rows as CSV. */
@Controller
class LogController {

	private final PostLog log;

	private final ScheduleCatalog schedules;

	private final NewsroomZone zone;

	LogController(PostLog log, ScheduleCatalog schedules, NewsroomZone zone) {
		this.log = log;
		this.schedules = schedules;
		this.zone = zone;
	}

	@InitBinder("filter")
	void initBinder(WebDataBinder binder) {
		binder.addValidators(new LogFilterValidator());
	}

	@GetMapping("/log")
	String log(@Validated @ModelAttribute("filter") LogFilter filter, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (BadParameter.in(result, LogFilter.class).isPresent()) {
			// The form says which field cannot be read (typeMismatch.filter.* messages), on an empty filter.
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("filter", LogFilter.none());
			// Replacing the filter dropped its errors from the model: they are what the page must show.
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "filter", result);
		}
		model.addAttribute("posts", result.hasErrors() ? List.of() : log.search(filter));
		model.addAttribute("statuses", PostStatus.values());
		model.addAttribute("accountNames", log.accounts());
		model.addAttribute("scheduleIds", schedules.all().stream().map(Schedule::id).toList());
		model.addAttribute("limit", PostLog.MAX_ROWS);
		model.addAttribute("csvUrl", "/log.csv" + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
		return "log";
	}

	/** Exactly the rows the page shows for the same filter. */
	@GetMapping("/log.csv")
	void csv(@Validated @ModelAttribute("filter") LogFilter filter, BindingResult result, HttpServletResponse response)
			throws IOException {
		BadParameter.in(result, LogFilter.class).ifPresent(bad -> {
			throw bad;
		});
		List<Post> posts = result.hasErrors() ? List.of() : log.search(filter);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"nashir-log.csv\"");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		Writer out = response.getWriter();
		new LogCsv(zone).write(posts, out);
		out.flush();
	}

	@ExceptionHandler(BadParameter.class)
	ResponseEntity<String> badParameter(BadParameter ex) {
		return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(ex.getMessage() + "\n");
	}

}
