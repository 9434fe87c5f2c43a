package nashir.web;

import nashir.feed.FeedException;
import nashir.queue.PostChangeRefused;
import nashir.schedule.InvalidScheduleException;
import nashir.schedule.ScheduleChangeRefused;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The API's refusals as RFC 9457 problems with the one-line reason: never a stack trace. */
@RestControllerAdvice(assignableTypes = { PostsApiController.class, SchedulesApiController.class,
		UsersApiController.class, StatsApiController.class })
class ApiErrors {

	@ExceptionHandler(PostChangeRefused.class)
	ProblemDetail refused(PostChangeRefused ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler(ActionRefused.class)
	ProblemDetail refused(ActionRefused ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
	}

	@ExceptionHandler(BadParameter.class)
	ProblemDetail badParameter(BadParameter ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
		return badParameter(new BadParameter(ex.getName(), ex.getValue(), ex.getRequiredType()));
	}

	/** A schedule text the parser refuses: its message names the file, the line and the field. */
	@ExceptionHandler(InvalidScheduleException.class)
	ProblemDetail invalidSchedule(InvalidScheduleException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(ScheduleChangeRefused.class)
	ProblemDetail refused(ScheduleChangeRefused ex) {
		HttpStatus status = switch (ex.kind()) {
			case UNKNOWN -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case INVALID -> HttpStatus.BAD_REQUEST;
		};
		return ProblemDetail.forStatusAndDetail(status, ex.getMessage());
	}

	/** A preview's feed that cannot be read: the schedule may be right, the site is not answering. */
	@ExceptionHandler(FeedException.class)
	ProblemDetail unreadableFeed(FeedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
	}

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

}
