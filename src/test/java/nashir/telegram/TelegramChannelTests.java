package nashir.telegram;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.Map;

import nashir.FakeTelegram;
import nashir.publish.Account;
import nashir.publish.ConnectRefused;
import nashir.publish.Network;
import nashir.publish.NetworkProfile;
import nashir.publish.OutgoingPost;
import nashir.publish.PublishOutcome.Published;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static nashir.telegram.TelegramAccounts.HEADLINE;
import static nashir.telegram.TelegramAccounts.HOSTILE;
import static nashir.telegram.TelegramAccounts.LINK;
import static nashir.telegram.TelegramAccounts.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The Telegram channel against {@link FakeTelegram}: the connect check's answers and refusals, and posting. */
class TelegramChannelTests {

	private final FakeTelegram telegram;

	private final TelegramChannel channel;

	TelegramChannelTests() throws IOException {
		this.telegram = new FakeTelegram();
		this.channel = TelegramAccounts.channel(this.telegram.baseUrl(), Clock.systemUTC());
	}

	@AfterEach
	void stopTelegram() {
		this.telegram.close();
	}

	@Test
	void shouldBeTelegramsChannelWhichChargesNothing() {
		assertThat(this.channel.network()).isEqualTo(Network.TELEGRAM);
		assertThat(this.channel.network().charges()).isFalse();
		assertThat(this.channel.lengthRule(account()).measure(HEADLINE).max()).isEqualTo(4096);
	}

	@Test
	void shouldNameTheChannelWhenTheBotIsAnAdminAllowedToPost() throws ConnectRefused {
		NetworkProfile profile = this.channel.check(TelegramAccounts.account(TOKEN, "https://t.me/ofoqnews"));

		assertThat(profile).isEqualTo(new NetworkProfile("-1001234567890", "@ofoqnews", FakeTelegram.TITLE, null,
				"https://t.me/ofoqnews"));
	}

	@Test
	void shouldRefuseABotThatIsAnAdminNotAllowedToPost() {
		this.telegram.botIs("administrator", false);

		ConnectRefused refused = refused(account());

		assertThat(refused.reason().key()).isEqualTo("telegram.connect.notAdmin");
		assertThat(refused.getMessage())
			.isEqualTo("Add the bot @ofoq_nashir_bot as an admin of @ofoqnews allowed to post messages");
	}

	@ParameterizedTest
	@CsvSource({ "member", "left", "kicked", "restricted" })
	void shouldRefuseABotThatIsNoAdminOfTheChannel(String status) {
		this.telegram.botIs(status, true);

		assertThat(refused(account()).reason().key()).isEqualTo("telegram.connect.notAdmin");
	}

	@Test
	void shouldRefuseAChatTelegramDoesNotFind() {
		ConnectRefused refused = refused(TelegramAccounts.account(TOKEN, "@nosuchchannel"));

		assertThat(refused.reason().key()).isEqualTo("telegram.connect.chat");
		assertThat(refused.getMessage()).contains("@nosuchchannel", "@ofoq_nashir_bot", "chat not found");
	}

	@Test
	void shouldRefuseATokenTelegramDoesNotKnow() {
		ConnectRefused refused = refused(TelegramAccounts.account("7000000002:AAHanotherBotTokenXYZ", "@ofoqnews"));

		assertThat(refused.reason().key()).isEqualTo("telegram.connect.token");
		assertThat(refused.getMessage()).doesNotContain("AAHanotherBotTokenXYZ");
	}

	@Test
	void shouldRefuseATokenNotInBotFathersFormWithoutAsking() {
		ConnectRefused refused = refused(TelegramAccounts.account("https://evil.example.com/?" + TOKEN, "@ofoqnews"));

		assertThat(refused.reason().key()).isEqualTo("telegram.connect.tokenForm");
		assertThat(this.telegram.sent()).isEmpty();
	}

	@Test
	void shouldRefuseAnAccountWithoutAChannel() {
		assertThat(refused(TelegramAccounts.account(TOKEN, " ")).reason().key()).isEqualTo("telegram.connect.missing");
	}

	@Test
	void shouldSayTelegramCouldNotBeReached() throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		TelegramChannel nowhere = TelegramAccounts.channel("http://localhost:" + closed, Clock.systemUTC());

		ConnectRefused refused = catchThrowableOfType(ConnectRefused.class, () -> nowhere.check(account()));

		assertThat(refused.reason().key()).isEqualTo("telegram.connect.unreachable");
		TelegramAccounts.assertNoToken(refused.getMessage());
		TelegramAccounts.assertNoToken(refused.reason());
	}

	@Test
	void shouldPostEachTimeItIsAskedAsTelegramKnowsNoRepeat() {
		var publisher = this.channel.publisher("tg", account());
		OutgoingPost post = new OutgoingPost("tg", HOSTILE + "\n" + LINK, null, null, null, LINK, HEADLINE);

		assertThat(publisher.publish(post)).isInstanceOfSatisfying(Published.class,
				(published) -> assertThat(published.url()).matches("https://t\\.me/ofoqnews/\\d+"));
		publisher.publish(post);

		assertThat(this.telegram.accepted()).isEqualTo(Map.of(HOSTILE + "\n" + LINK, 2));
	}

	@Test
	void shouldPostTheTextAloneWhenTheFakeRefusesPhotos() {
		this.telegram.refusePhotos();

		assertThat(this.channel.publisher("tg", account())
			.publish(new OutgoingPost("tg", HEADLINE, "https://ofoq.example.com/a.jpg", null, null, LINK, HEADLINE)))
			.isInstanceOfSatisfying(Published.class,
					(published) -> assertThat(published.note().key()).isEqualTo("telegram.note.photoRefused"));
		assertThat(this.telegram.sent()).singleElement()
			.satisfies((sent) -> assertThat(sent.method()).isEqualTo("sendMessage"));
		assertThat(this.telegram.accepted()).isEqualTo(Map.of(HEADLINE, 1));
	}

	private ConnectRefused refused(Account account) {
		ConnectRefused refused = catchThrowableOfType(ConnectRefused.class, () -> this.channel.check(account));
		assertThat(refused).as("refused").isNotNull();
		TelegramAccounts.assertNoToken(refused.getMessage());
		TelegramAccounts.assertNoToken(refused.reason());
		return refused;
	}

	private static Account account() {
		return TelegramAccounts.account(TOKEN, FakeTelegram.CHANNEL);
	}

}
