package nashir.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import nashir.publish.Account;
import nashir.publish.Budget;
import nashir.publish.Network;
import nashir.publish.NetworkProfile;
import nashir.publish.QuietHours;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code app_account} and the X app in {@code account_secret}: secrets sealed on the way in, opened on the way out. */
@Repository
class AppAccountTable {

	/** How long a probe for credits waits, as for configured accounts without {@code credits-probe}. */
	static final Duration CREDITS_PROBE = Duration.ofMinutes(15);

	private static final String CONSUMER_KEY = "x-consumer-key";

	private static final String CONSUMER_SECRET = "x-consumer-secret";

	private final JdbcClient jdbc;

	private final SecretBox box;

	private final Clock clock;

	AppAccountTable(JdbcClient jdbc, SecretBox box, Clock clock) {
		this.jdbc = jdbc;
		this.box = box;
		this.clock = clock;
	}

	/** An account as the page shows it and as the publisher uses it. */
	record Row(AppAccount shown, Account account) {
	}

	List<Row> all() {
		return jdbc.sql("SELECT * FROM app_account ORDER BY name").query(this::row).list();
	}

	Optional<Row> find(String name) {
		return jdbc.sql("SELECT * FROM app_account WHERE name = ?").param(name).query(this::row).optional();
	}

	void insert(XConnection connection, AppSettings settings, String user) {
		KeyCheck.ensure(jdbc, box, user, clock);
		OffsetDateTime now = now();
		jdbc.sql("INSERT INTO app_account (name, type, consumer_key, consumer_secret, access_token, access_token_secret, "
				+ "x_user_id, x_handle, x_name, x_picture_url, dry_run, min_interval_seconds, daily_cap, quiet_hours, "
				+ "default_template, budget_daily, budget_monthly, created_at, created_by, updated_at, updated_by) "
				+ "VALUES (?, 'x', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(connection.account(), box.seal(connection.app().consumerKey()),
					box.seal(connection.app().consumerSecret()), box.seal(connection.accessToken()),
					box.seal(connection.accessTokenSecret()), profile(connection).userId(), profile(connection).handle(),
					profile(connection).name(), profile(connection).pictureUrl(), settings.dryRun(),
					settings.minInterval().toSeconds(), settings.dailyCap(), text(settings.quietHours()),
					settings.defaultTemplate(), settings.budget().daily(), settings.budget().monthly(), now, user, now,
					user)
			.update();
	}

	/** An account of a network connected by a form, with the profile its network's check gave. */
	void insert(NetworkConnection connection, AppSettings settings, String user) {
		KeyCheck.ensure(jdbc, box, user, clock);
		OffsetDateTime now = now();
		Account credentials = connection.credentials();
		NetworkProfile profile = connection.profile();
		jdbc.sql("INSERT INTO app_account (name, type, bot_token, chat, instance, access_token, handle, app_password, "
				+ "service, x_user_id, x_handle, x_name, x_picture_url, profile_url, dry_run, min_interval_seconds, "
				+ "daily_cap, quiet_hours, default_template, budget_daily, budget_monthly, created_at, created_by, "
				+ "updated_at, updated_by) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(connection.account(), credentials.type().id(), box.seal(credentials.botToken()),
					credentials.chat(), credentials.instance(), box.seal(credentials.accessToken()),
					credentials.handle(), box.seal(credentials.appPassword()), credentials.service(), profile.id(),
					profile.handle(), profile.name(), web(profile.pictureUrl()), web(profile.url()),
					settings.dryRun(), settings.minInterval().toSeconds(), settings.dailyCap(),
					text(settings.quietHours()), settings.defaultTemplate(), settings.budget().daily(),
					settings.budget().monthly(), now, user, now, user)
			.update();
	}

	/**
	 * New credentials and profile for an existing account of the same network; its settings stay.
	 * Every credential column is written, so none of another network's is left behind.
	 */
	boolean reconnect(NetworkConnection connection, String user) {
		KeyCheck.ensure(jdbc, box, user, clock);
		Account credentials = connection.credentials();
		NetworkProfile profile = connection.profile();
		return jdbc.sql("UPDATE app_account SET bot_token = ?, chat = ?, instance = ?, access_token = ?, handle = ?, "
				+ "app_password = ?, service = ?, x_user_id = ?, x_handle = ?, x_name = ?, x_picture_url = ?, "
				+ "profile_url = ?, updated_at = ?, updated_by = ? WHERE name = ? AND type = ?")
			.params(box.seal(credentials.botToken()), credentials.chat(), credentials.instance(),
					box.seal(credentials.accessToken()), credentials.handle(), box.seal(credentials.appPassword()),
					credentials.service(), profile.id(), profile.handle(), profile.name(), web(profile.pictureUrl()),
					web(profile.url()), now(), user, connection.account(), credentials.type().id())
			.update() == 1;
	}

	/** New credentials and profile for an existing account; its settings stay. */
	boolean reconnect(XConnection connection, String user) {
		KeyCheck.ensure(jdbc, box, user, clock);
		return jdbc.sql("UPDATE app_account SET consumer_key = ?, consumer_secret = ?, access_token = ?, "
				+ "access_token_secret = ?, x_user_id = ?, x_handle = ?, x_name = ?, x_picture_url = ?, updated_at = ?, "
				+ "updated_by = ? WHERE name = ?")
			.params(box.seal(connection.app().consumerKey()), box.seal(connection.app().consumerSecret()),
					box.seal(connection.accessToken()), box.seal(connection.accessTokenSecret()),
					profile(connection).userId(), profile(connection).handle(), profile(connection).name(),
					profile(connection).pictureUrl(), now(), user, connection.account())
			.update() == 1;
	}

	boolean updateSettings(String name, AppSettings settings, String user) {
		return jdbc.sql("UPDATE app_account SET dry_run = ?, min_interval_seconds = ?, daily_cap = ?, quiet_hours = ?, "
				+ "default_template = ?, budget_daily = ?, budget_monthly = ?, updated_at = ?, updated_by = ? "
				+ "WHERE name = ?")
			.params(settings.dryRun(), settings.minInterval().toSeconds(), settings.dailyCap(),
					text(settings.quietHours()), settings.defaultTemplate(), settings.budget().daily(),
					settings.budget().monthly(), now(), user, name)
			.update() == 1;
	}

	boolean delete(String name) {
		return jdbc.sql("DELETE FROM app_account WHERE name = ?").param(name).update() == 1;
	}

	Optional<XApp> xApp() {
		Optional<String> key = sealed(CONSUMER_KEY);
		Optional<String> secret = sealed(CONSUMER_SECRET);
		return key.isPresent() && secret.isPresent() ? Optional.of(new XApp(box.open(key.get()), box.open(secret.get())))
				: Optional.empty();
	}

	void saveXApp(XApp app, String user) {
		KeyCheck.ensure(jdbc, box, user, clock);
		put(CONSUMER_KEY, app.consumerKey(), user);
		put(CONSUMER_SECRET, app.consumerSecret(), user);
	}

	private Optional<String> sealed(String name) {
		return jdbc.sql("SELECT sealed FROM account_secret WHERE name = ?").param(name).query(String.class).optional();
	}

	private void put(String name, String value, String user) {
		OffsetDateTime now = now();
		if (jdbc.sql("UPDATE account_secret SET sealed = ?, updated_at = ?, updated_by = ? WHERE name = ?")
			.params(box.seal(value), now, user, name)
			.update() == 0) {
			jdbc.sql("INSERT INTO account_secret (name, sealed, updated_at, updated_by) VALUES (?, ?, ?, ?)")
				.params(name, box.seal(value), now, user)
				.update();
		}
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		String quiet = rs.getString("quiet_hours");
		AppSettings settings = new AppSettings(rs.getBoolean("dry_run"),
				Duration.ofSeconds(rs.getLong("min_interval_seconds")), rs.getInt("daily_cap"),
				quiet == null ? null : QuietHours.parse(quiet), rs.getString("default_template"),
				new Budget(rs.getBigDecimal("budget_daily"), rs.getBigDecimal("budget_monthly")));
		Network type = Network.of(rs.getString("type"));
		Account account = new Account(box.open(rs.getString("consumer_key")), box.open(rs.getString("consumer_secret")),
				box.open(rs.getString("access_token")), box.open(rs.getString("access_token_secret")),
				settings.dryRun(), settings.minInterval(), settings.dailyCap(), settings.quietHours(), CREDITS_PROBE,
				settings.budget(), settings.defaultTemplate(), type, box.open(rs.getString("bot_token")),
				rs.getString("chat"), rs.getString("instance"), rs.getString("handle"),
				box.open(rs.getString("app_password")), rs.getString("service"));
		XProfile profile = rs.getString("x_user_id") == null && rs.getString("x_handle") == null ? null
				: new XProfile(rs.getString("x_user_id"), rs.getString("x_handle"), rs.getString("x_name"),
						rs.getString("x_picture_url"));
		return new Row(new AppAccount(rs.getString("name"), type, profile, rs.getString("profile_url"), settings,
				account.hasCredentials(), instant(rs, "created_at"), rs.getString("created_by"),
				instant(rs, "updated_at"), rs.getString("updated_by")), account);
	}

	private static XProfile profile(XConnection connection) {
		return connection.profile() == null ? new XProfile(null, null, null, null) : connection.profile();
	}

	/** An address a page may link to or load; a network's answer could hold any scheme, {@code javascript:} too. */
	private static String web(String url) {
		return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
	}

	private static String text(QuietHours quietHours) {
		return quietHours == null ? null : quietHours.toString();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

}
