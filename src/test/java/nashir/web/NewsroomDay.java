package nashir.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import nashir.queue.NewPost;
import nashir.queue.PostQueue;
import nashir.queue.PostStatus;
import nashir.text.Reason;

/** A realistic week of an Arabic news site's posts, for the screenshots: queued, in review, published, failed. */
class NewsroomDay {

	static final String COMPOSED = "عاجل: مجلس الوزراء يقر الموازنة العامة للعام المقبل بعجز أقل من المتوقع\n"
			+ link("مجلس الوزراء يقر الموازنة العامة للعام المقبل", 0);

	static final String SITE = "https://www.ofoqnews.net/";

	static final List<String> HEADLINES = List.of("قمة “بوتين وبايدن”.. اتفاق على إطلاق حوار شامل قريبا",
			"ارتفاع أسعار النفط مع تراجع المخزونات الأمريكية للأسبوع الثالث",
			"الأرصاد: أمطار رعدية على المرتفعات الغربية خلال الساعات المقبلة",
			"الهلال يتأهل إلى نهائي دوري أبطال آسيا بعد فوز مثير",
			"وزير التعليم يعلن موعد بدء الفصل الدراسي الثاني",
			"افتتاح معرض الكتاب الدولي بمشاركة 500 دار نشر عربية",
			"البنك المركزي يثبت سعر الفائدة للمرة الرابعة على التوالي",
			"انطلاق أعمال مؤتمر المناخ وسط دعوات لتمويل الدول النامية",
			"<script>alert(1)</script> عنوان فيه وسم خبيث يظهر نصًا فقط");

	private final Newsroom newsroom;

	private final PostQueue queue;

	private final Instant now;

	NewsroomDay(Newsroom newsroom, PostQueue queue, Instant now) {
		this.newsroom = newsroom;
		this.queue = queue;
		this.now = now;
	}

	void fill() {
		newsroom.feed("ofoq", "https://ofoq.example.com/feed/", now.minusSeconds(20), now.minusSeconds(20), 0, null);
		newsroom.feed("ofoq-opinion", "https://ofoq.example.com/category/opinion/feed/", now.minusSeconds(40),
				now.minus(Duration.ofMinutes(25)), 5, busy("https://ofoq.example.com/category/opinion/feed/"));
		Random random = new Random(29);
		for (int hour = 1; hour < 7 * 24; hour += 1 + random.nextInt(3)) {
			String account = random.nextInt(3) == 0 ? "ofoq_sport" : "main";
			String headline = HEADLINES.get(random.nextInt(HEADLINES.size() - 1));
			Instant detected = now.minus(Duration.ofHours(hour)).minusSeconds(random.nextInt(3000));
			boolean failed = random.nextInt(15) == 0;
			newsroom.post(account, account.equals("main") ? "ofoq" : "ofoq-opinion", headline + "\n" + link(headline, hour),
					failed ? PostStatus.FAILED : PostStatus.PUBLISHED, detected, detected,
					failed ? null : detected.plusSeconds(3 + random.nextInt(40)));
		}
		for (int i = 0; i < 4; i++) {
			queued("ofoq", "main", HEADLINES.get(i) + "\n" + link(HEADLINES.get(i), 0), false,
					i == 0, Duration.ofMinutes(4 + 7 * i));
		}
		queued("ofoq-opinion", "ofoq_sport", HEADLINES.get(3) + "\n#الهلال #دوري_أبطال_آسيا", false, false,
				Duration.ofMinutes(9));
		for (int i = 4; i < HEADLINES.size(); i++) {
			queued("ofoq-opinion", "main", HEADLINES.get(i) + "\n" + link(HEADLINES.get(i), 0), true,
					false, Duration.ofMinutes(15 + i));
		}
	}

	/**
	 * The story's link as a WordPress news site gives it: the headline as an Arabic slug, percent-encoded
	 * (a repeated headline gets WordPress's numbered slug).
	 */
	static String link(String headline, int repeat) {
		String slug = String.join("-", headline.replaceAll("[^\\p{L}\\p{N} ]", " ").strip().split(" +"));
		return SITE + "2026/12/" + URLEncoder.encode(slug, StandardCharsets.UTF_8)
				+ (repeat > 0 ? "-" + repeat : "") + "/";
	}

	/** A feed's server answering 503, as the feed reader stores it. */
	static String busy(String url) {
		return Reason.of("feed.error.busy", url + ": the server answered 503 Service Unavailable", url, 503).stored();
	}

	private void queued(String schedule, String account, String text, boolean review, boolean urgent, Duration in) {
		String link = text.lines().filter(line -> line.startsWith("https://")).findFirst().orElse(SITE);
		queue.enqueue(new NewPost(schedule, account, "day-" + text.hashCode(), text, link, text,
				null, review, urgent, now.plus(in), now, now), "screenshot day");
	}

}
