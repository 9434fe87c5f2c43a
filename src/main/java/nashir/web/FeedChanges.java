package nashir.web;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import nashir.feed.FeedException;
import nashir.publish.Publishers;
import nashir.schedule.AppSchedules;
import nashir.schedule.InvalidScheduleException;
import nashir.schedule.Schedule;
import nashir.schedule.SchedulePreview;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feeds made, changed, deleted and exported from the app or the API, each recorded in the audit log
 * in the same transaction, with the schedule's text before and after. {@link AppSchedules} decides
 * what is allowed; this only adds the record.
 */
@Service
class FeedChanges {

	private final AppSchedules schedules;

	private final Publishers publishers;

	private final AuditLog audit;

	FeedChanges(AppSchedules schedules, Publishers publishers, AuditLog audit) {
		this.schedules = schedules;
		this.publishers = publishers;
		this.audit = audit;
	}

	@Transactional(rollbackFor = InvalidScheduleException.class)
	Schedule create(FeedForm form, String user) throws InvalidScheduleException {
		String text = form.definition();
		Schedule created = schedules.create(form.getId(), text);
		audit.record(user, "feed-create", null, created.id(), null, text, null);
		return created;
	}

	@Transactional(rollbackFor = InvalidScheduleException.class)
	Schedule edit(String id, FeedForm form, String user) throws InvalidScheduleException {
		String before = schedules.yaml(id);
		String text = form.definition();
		Schedule changed = schedules.update(id, text);
		audit.record(user, "feed-edit", null, id, before, text, null);
		return changed;
	}

	@Transactional
	void delete(String id, String user) {
		String before = schedules.yaml(id);
		schedules.delete(id);
		audit.record(user, "feed-delete", null, id, before, null, null);
	}

	/** The schedule's text as its file would hold it, for teams that keep schedules in git. */
	@Transactional
	String export(String id, String user) {
		String text = schedules.yaml(id);
		audit.record(user, "feed-export", null, id, null, null, null);
		return text;
	}

	/** Every feed made in the app as its schedule file, by id; each one exported is audited. */
	@Transactional
	Map<String, String> exportAll(String user) {
		Map<String, String> texts = schedules.appTexts();
		texts.keySet().forEach(id -> audit.record(user, "feed-export", null, id, null, null, null));
		return texts;
	}

	/** The next posts the form's schedule would make now; nothing is stored. */
	List<SchedulePreview.PreviewedPost> preview(FeedForm form) throws InvalidScheduleException, FeedException {
		return schedules.preview(form.getId(), form.definition());
	}

	/** A schedule made in the app, in the form. */
	FeedForm form(String id) {
		return FeedForm.of(id, schedules.appYaml(id));
	}

	/** The accounts a feed may post to, for the form's choices. */
	List<String> accounts() {
		return List.copyOf(new TreeSet<>(publishers.accounts()));
	}

}
