package nashir.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/** An editor's own post, as the compose page sends it: to which accounts, what, and when. */
class ComposeForm {

	private List<String> accounts = new ArrayList<>();

	private String text = "";

	private String imageUrl = "";

	/** Empty means now. */
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime dueAt;

	private boolean urgent;

	public List<String> getAccounts() {
		return accounts;
	}

	public void setAccounts(List<String> accounts) {
		this.accounts = accounts == null ? new ArrayList<>() : accounts;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text == null ? "" : text;
	}

	public String getImageUrl() {
		return imageUrl;
	}

	public void setImageUrl(String imageUrl) {
		this.imageUrl = imageUrl == null ? "" : imageUrl.strip();
	}

	public LocalDateTime getDueAt() {
		return dueAt;
	}

	public void setDueAt(LocalDateTime dueAt) {
		this.dueAt = dueAt;
	}

	public boolean isUrgent() {
		return urgent;
	}

	public void setUrgent(boolean urgent) {
		this.urgent = urgent;
	}

	String imageUrlOrNull() {
		return imageUrl.isBlank() ? null : imageUrl;
	}

}
