package nashir.bluesky;

import java.time.Clock;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nashir.bluesky.Embeds.Embed;
import nashir.bluesky.SignedIn.Reply;
import nashir.net.Answer;
import nashir.net.NetException;
import nashir.publish.OutgoingPost;
import nashir.publish.PublishOutcome;
import nashir.publish.PublishOutcome.Published;
import nashir.publish.Publisher;
import nashir.text.Reason;

/**
 * Publishes one account's posts to Bluesky: image or link card first, then the post as a record whose key is
 * made from the post's own ({@link Tid}), so a resend after a crash is refused by the PDS as existing and is
 * counted as published, once.
 */
final class BlueskyPublisher implements Publisher {

	private static final Logger logger = LoggerFactory.getLogger(BlueskyPublisher.class);

	private final String account;

	private final Pds pds;

	private final SignedIn session;

	private final Embeds embeds;

	private final BlueskyAnswers answers;

	private final Clock clock;

	BlueskyPublisher(String account, Pds pds, SignedIn session, Embeds embeds, BlueskyAnswers answers, Clock clock) {
		this.account = account;
		this.pds = pds;
		this.session = session;
		this.embeds = embeds;
		this.answers = answers;
		this.clock = clock;
	}

	@Override
	public PublishOutcome publish(OutgoingPost post) {
		String rkey = (post.key() == null) ? null : Tid.of(post.key());
		try {
			Embed embed = this.embeds.of(this.account, this.session, post);
			if (embed.stop() != null) {
				return logged(embed.stop());
			}
			Reply reply = this.session.send((signedIn) -> this.pds.createRecord(signedIn.accessJwt(),
					BlueskyJson.createRecord(signedIn.did(), rkey, post.text(), this.clock.instant(),
							Facets.of(post.text()), embed.json())));
			Answer answer = reply.answer();
			if (answer.isSuccess() && !reply.signIn()) {
				String id = (rkey != null) ? rkey : BlueskyJson.rkey(answer);
				return logged(published(id, embed.note(), answer));
			}
			if (rkey != null && !reply.signIn() && mayExist(answer) && exists(rkey)) {
				return logged(published(rkey, Reason.of("bluesky.note.earlier",
						"Bluesky already had it from an earlier attempt whose answer was lost"), answer));
			}
			return logged(this.answers.refused(this.account, reply));
		}
		catch (NetException ex) {
			return logged(this.answers.noAnswer(ex));
		}
	}

	/**
	 * Bluesky's own PDS answers a record key already taken with a 500 (atproto issues 3718 and 4725); other
	 * PDSes, and Bluesky's once atproto pull request 4728 is in, with an error naming it (409 or 400).
	 */
	private static boolean mayExist(Answer answer) {
		String words = (BlueskyJson.error(answer) + " " + BlueskyJson.message(answer)).toLowerCase(Locale.ROOT);
		return answer.status() >= 500 || answer.status() == 409 || (answer.status() == 400 && words.contains("exist"));
	}

	/** Whether the record is there: a failed look is a no, and the refusal stands. */
	private boolean exists(String rkey) {
		try {
			Reply found = this.session.send(
					(signedIn) -> this.pds.getRecord(signedIn.accessJwt(), signedIn.did(), rkey));
			return found.answer().status() == 200 && !found.signIn();
		}
		catch (NetException ex) {
			return false;
		}
	}

	private Published published(String rkey, Reason note, Answer answer) {
		String url = (rkey == null) ? null
				: "https://bsky.app/profile/" + this.session.handle() + "/post/" + rkey;
		return new Published(rkey, false, note, BlueskyAnswers.quota(answer), url);
	}

	private PublishOutcome logged(PublishOutcome outcome) {
		if (outcome instanceof Published published) {
			logger.info("published network=bluesky account={} rkey={} note={}", this.account, published.tweetId(),
					published.note());
		}
		else {
			logger.warn("not published network=bluesky account={} outcome={}", this.account, outcome);
		}
		return outcome;
	}

	@Override
	public String toString() {
		return "BlueskyPublisher[account=" + this.account + "]";
	}

}
