#include "SourceScan.h"
#include "TestFolders.h"
#include "store/AppSettings.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace cordon::core;

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void honoursConfigDir();
    void refusesSecretKeys_data();
    void refusesSecretKeys();
    void refusesSecretValues_data();
    void refusesSecretValues();
    void typedAccessorsRoundTrip();
    void defaults();
    void protectedAccountsKeepWhatEachNames();
    void consoleSettingsComeBackFromTheFile();
    void noOtherFileNamesASettingsKey();

private:
    std::unique_ptr<TestFolders> m_folders;
};

void TestAppSettings::init()
{
    m_folders = std::make_unique<TestFolders>();
    QVERIFY(m_folders->isValid());
}

void TestAppSettings::cleanup()
{
    m_folders.reset();
}

void TestAppSettings::honoursConfigDir()
{
    const QString expected = m_folders->filePath(QStringLiteral("config/cordon.ini"));
    {
        const std::unique_ptr<QSettings> settings = AppSettings::open();
        QCOMPARE(settings->format(), QSettings::IniFormat);
        QCOMPARE(settings->fileName(), expected);
        QVERIFY(AppSettings(settings.get()).setOrgUrl(QStringLiteral("https://acme.okta.com")));
    }
    QVERIFY(QFile::exists(expected));
    const std::unique_ptr<QSettings> again = AppSettings::open();
    QCOMPARE(AppSettings(again.get()).orgUrl(), QStringLiteral("https://acme.okta.com"));
}

void TestAppSettings::refusesSecretKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("secret");
    QTest::newRow("token") << QStringLiteral("okta/token") << true;
    QTest::newRow("apiToken") << QStringLiteral("okta/apiToken") << true;
    QTest::newRow("access_token") << QStringLiteral("feeds/access_token") << true;
    QTest::newRow("API_TOKEN") << QStringLiteral("API_TOKEN") << true;
    QTest::newRow("apiKey") << QStringLiteral("feeds/redcanary/apiKey") << true;
    QTest::newRow("api-key") << QStringLiteral("feeds/api-key") << true;
    QTest::newRow("password") << QStringLiteral("proxy/Password") << true;
    QTest::newRow("clientSecret") << QStringLiteral("okta/clientSecret") << true;
    QTest::newRow("privateKey") << QStringLiteral("okta/privateKey") << true;
    QTest::newRow("credentials") << QStringLiteral("credentials") << true;
    QTest::newRow("orgUrl") << QStringLiteral("okta/orgUrl") << false;
    QTest::newRow("oauthTokens") << QStringLiteral("playbooks/clearOauthTokens") << false;
    QTest::newRow("protectedAccounts") << QStringLiteral("containment/protectedAccounts") << false;
}

void TestAppSettings::refusesSecretKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, secret);
    const std::unique_ptr<QSettings> settings = AppSettings::open();
    AppSettings app(settings.get());
    QCOMPARE(AppSettings::isSecretKey(key), secret);
    if (secret) {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused")));
    }
    QCOMPARE(app.setValue(key, QStringLiteral("some value")), !secret);
    QCOMPARE(settings->contains(key), !secret);
}

void TestAppSettings::refusesSecretValues_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("secret");
    const QString token = QStringLiteral("00") + QString(40, QLatin1Char('a'));
    QTest::newRow("okta token") << QVariant(token) << true;
    QTest::newRow("ssws header") << QVariant(QStringLiteral("SSWS ") + token) << true;
    QTest::newRow("token in a list") << QVariant(QStringList{QStringLiteral("x"), token}) << true;
    QTest::newRow("json with apiKey") << QVariant(QStringLiteral("[{\"id\":\"rc\",\"apiKey\":\"abc\"}]")) << true;
    QTest::newRow("okta user id") << QVariant(QStringLiteral("00u1a2b3c4d5e6f7g8h9")) << false;
    QTest::newRow("url") << QVariant(QStringLiteral("https://acme.okta.com")) << false;
    QTest::newRow("json without secrets")
        << QVariant(QStringLiteral("[{\"id\":\"rc\",\"url\":\"https://x\"}]")) << false;
}

void TestAppSettings::refusesSecretValues()
{
    QFETCH(QVariant, value);
    QFETCH(bool, secret);
    QCOMPARE(AppSettings::isSecretValue(value), secret);
    const std::unique_ptr<QSettings> settings = AppSettings::open();
    AppSettings app(settings.get());
    if (secret) {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused")));
    }
    QCOMPARE(app.setValue(QStringLiteral("misc/value"), value), !secret);
}

void TestAppSettings::typedAccessorsRoundTrip()
{
    {
        const std::unique_ptr<QSettings> settings = AppSettings::open();
        AppSettings app(settings.get());
        QVERIFY(app.setOrgUrl(QStringLiteral("https://acme.okta.com")));
        QVERIFY(app.setCustomDomains({QStringLiteral("login.acme.com")}));
        QVERIFY(app.setFeedSources({QJsonObject{{QStringLiteral("id"), QStringLiteral("rc")},
                                                {QStringLiteral("kind"), QStringLiteral("redcanary")}}}));
        QVERIFY(app.setRestrictedGroupId(QStringLiteral("00g1")));
        QVERIFY(app.setRestrictedGroupName(QStringLiteral("Quarantine")));
        QVERIFY(app.setProtectedAccounts({QStringLiteral("admin@acme.com"), QStringLiteral("00u9")}));
        QVERIFY(app.setProtectedGroups({QStringLiteral("Break glass")}));
        QVERIFY(app.setAdUsernameAttribute(QStringLiteral("employeeNumber")));
        QVERIFY(app.setNetbiosDomainMap({{QStringLiteral("ad_domain"), QStringLiteral("Example.com")}}));
        QVERIFY(app.setServiceAccountPatterns({QStringLiteral("^svc[-_]"), QStringLiteral("\\$$")}));
        QVERIFY(app.setPlaybooks({QJsonObject{{QStringLiteral("name"), QStringLiteral("contain on high")}}}));

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused")));
        QVERIFY(!app.setFeedSources({QJsonObject{{QStringLiteral("id"), QStringLiteral("x")},
                                                 {QStringLiteral("apiKey"), QStringLiteral("k")}}}));
    }
    const std::unique_ptr<QSettings> settings = AppSettings::open();
    const AppSettings app(settings.get());
    QCOMPARE(app.orgUrl(), QStringLiteral("https://acme.okta.com"));
    QCOMPARE(app.customDomains(), QStringList{QStringLiteral("login.acme.com")});
    QCOMPARE(app.feedSources().size(), 1);
    QCOMPARE(app.feedSources().at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("redcanary"));
    QCOMPARE(app.restrictedGroupId(), QStringLiteral("00g1"));
    QCOMPARE(app.restrictedGroupName(), QStringLiteral("Quarantine"));
    QCOMPARE(app.protectedAccounts(), (QStringList{QStringLiteral("admin@acme.com"), QStringLiteral("00u9")}));
    QCOMPARE(app.protectedGroups(), QStringList{QStringLiteral("Break glass")});
    QCOMPARE(app.adUsernameAttribute(), QStringLiteral("employeeNumber"));
    QCOMPARE(app.netbiosDomainMap().value(QStringLiteral("AD_DOMAIN")), QStringLiteral("example.com"));
    QCOMPARE(app.serviceAccountPatterns().size(), 2);
    QCOMPARE(app.playbooks().at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("contain on high"));
}

void TestAppSettings::defaults()
{
    const std::unique_ptr<QSettings> settings = AppSettings::open();
    const AppSettings app(settings.get());
    QCOMPARE(app.adUsernameAttribute(), QStringLiteral("samAccountName"));
    QVERIFY(app.orgUrl().isEmpty());
    QVERIFY(app.protectedAccounts().isEmpty());
    QVERIFY(app.feedSources().isEmpty());
    QVERIFY(app.netbiosDomainMap().isEmpty());
    QCOMPARE(app.identifiedWithinHours(), 7 * 24);
    QVERIFY(app.webhookId().isEmpty());
    QVERIFY(app.theme().isEmpty());
    QVERIFY(app.language().isEmpty());
    QVERIFY(app.windowLayout().geometry.isEmpty());
    QVERIFY(app.windowLayout().splitters.isEmpty());
}

// What the console keeps for itself (theme, language, window, playbook backlog, webhook) is written through
// AppSettings and read back by the next start, from the file.
void TestAppSettings::consoleSettingsComeBackFromTheFile()
{
    AppSettings::WindowLayout layout;
    layout.geometry = QByteArrayLiteral("geometry\x01\x02");
    layout.state = QByteArrayLiteral("state");
    layout.splitters.insert(QStringLiteral("mainSplitter"), QByteArrayLiteral("\x00\xff"));
    layout.columns.insert(QStringLiteral("incidentTableView"), QByteArrayLiteral("columns"));
    {
        const std::unique_ptr<QSettings> settings = AppSettings::open();
        AppSettings app(settings.get());
        QVERIFY(app.setTheme(QStringLiteral("dark")));
        QVERIFY(app.setLanguage(QStringLiteral("de")));
        QVERIFY(app.setIdentifiedWithinHours(0));
        QVERIFY(!app.setIdentifiedWithinHours(-1));
        QVERIFY(app.setWebhookId(QStringLiteral("hook-1")));
        QVERIFY(app.setWindowLayout(layout));
    }
    const std::unique_ptr<QSettings> settings = AppSettings::open();
    AppSettings app(settings.get());
    QCOMPARE(app.theme(), QStringLiteral("dark"));
    QCOMPARE(app.language(), QStringLiteral("de"));
    QCOMPARE(app.identifiedWithinHours(), 0);
    QCOMPARE(app.webhookId(), QStringLiteral("hook-1"));
    const AppSettings::WindowLayout read = app.windowLayout();
    QCOMPARE(read.geometry, layout.geometry);
    QCOMPARE(read.state, layout.state);
    QCOMPARE(read.splitters, layout.splitters);
    QCOMPARE(read.columns, layout.columns);
    // Removing the webhook leaves no key behind.
    QVERIFY(app.setWebhookId({}));
    QVERIFY(app.webhookId().isEmpty());
    QVERIFY(!settings->allKeys().contains(QStringLiteral("notifications/webhookId")));
}

void TestAppSettings::protectedAccountsKeepWhatEachNames()
{
    const std::unique_ptr<QSettings> settings = AppSettings::open();
    AppSettings app(settings.get());
    // As settings held them before entries were resolved: text only.
    QVERIFY(app.setProtectedAccounts({QStringLiteral("jdoe"), QStringLiteral("admin@acme.com")}));
    QList<cordon::core::ProtectedAccount> entries = app.protectedAccountEntries();
    QCOMPARE(entries.size(), 2);
    QVERIFY(!entries.at(0).isResolved());
    QCOMPARE(entries.at(0).entry, QStringLiteral("jdoe"));
    QVERIFY2(entries.at(0).describe().contains(QStringLiteral("unresolved")), qPrintable(entries.at(0).describe()));

    entries[0].userId = QStringLiteral("00u1jdoe000000000000");
    entries[0].login = QStringLiteral("jane.doe@acme.com");
    entries[0].name = QStringLiteral("Jane Doe");
    entries[0].email = QStringLiteral("jane.doe@acme.com");
    QVERIFY(app.setProtectedAccountEntries(entries));
    // The guardrail's list holds the id of the resolved entry and the text of the other.
    QCOMPARE(app.protectedAccounts(),
             (QStringList{QStringLiteral("00u1jdoe000000000000"), QStringLiteral("admin@acme.com")}));
    const QList<cordon::core::ProtectedAccount> read = AppSettings(settings.get()).protectedAccountEntries();
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(0).entry, QStringLiteral("jdoe"));
    QCOMPARE(read.at(0).describe(), QStringLiteral("jdoe → Jane Doe <jane.doe@acme.com> (00u1jdoe000000000000)"));
    QVERIFY(!read.at(1).isResolved());
}

// AppSettings owns every key: a dialog, a page or a controller reads and writes through its accessors, so
// that what a key means, its default and the refusal of secrets live in one place.
void TestAppSettings::noOtherFileNamesASettingsKey()
{
    const QRegularExpression key(
        QStringLiteral("\"(okta|feeds|containment|identity|playbooks|notifications|ui|window)/[A-Za-z]+\""));
    int scanned = 0;
    const QStringList offenders = linesMatching(
        QStringLiteral(CORDON_SOURCE_DIR "/app"), key,
        [](const QString& path) {
            return path.endsWith(QLatin1String("/store/AppSettings.cpp")) || path.contains(QLatin1String("/oktasim/"));
        },
        &scanned);
    QVERIFY(scanned > 100);
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
