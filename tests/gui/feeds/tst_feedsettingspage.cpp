#include "TestFolders.h"
#include "TransportCases.h"
#include "gui/desktop/Dialogs.h"
#include "gui/settings/SettingsDialog.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretAccounts.h"
#include "store/AppSettings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using cordon::core::AppSettings;
using cordon::core::MemorySecretStore;
using cordon::core::SecretAccounts::feedKey;
using cordon::gui::Dialogs;
using cordon::gui::SettingsDialog;

namespace
{

constexpr int WaitMs = 5000;
const QByteArray redCanaryKey = QByteArrayLiteral("rc-api-key-for-the-settings-test-2f9c");
const QString redCanaryUrl = QStringLiteral("https://acme.my.redcanary.co/openapi/v3");

} // namespace

// The feed page of the settings dialog: keys go to the keychain under the source's id, never to the
// settings file, and leave it with their source.
class TestFeedSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keyGoesToTheKeychainNotTheSettingsFile();
    void removingTheSourceDeletesItsKey();
    void keyOfAnUnsavedSourceIsNotKept();
    void keychainFailureAddsNothing();
    void plainHttpOnlyToThisComputerWhenAllowed();
    void addressIsHeldToTheTransportRule_data();
    void addressIsHeldToTheTransportRule();

private:
    std::unique_ptr<SettingsDialog> makeDialog(bool allowHttpLoopback = false);
    template <typename T> T* child(const char* name) const;
    void type(const char* name, const QString& text);
    QString readSettingsFile() const;
    bool save();
    bool stored(const QString& account) const;

    TestFolders m_folder;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    MemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    SettingsDialog* m_dialog = nullptr;
};

void TestFeedSettingsPage::init()
{
    QVERIFY(m_folder.isValid());
    m_qsettings = m_folder.settings();
    m_qsettings->clear();
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
    // A valid org, so that Save goes through.
    QVERIFY(m_settings->setOrgUrl(QStringLiteral("https://acme.okta.com")));
    m_secrets.setFailure(cordon::core::SecretResult::Status::Ok);
    Dialogs::reset();
}

void TestFeedSettingsPage::cleanup()
{
    m_dialog = nullptr;
    m_settings.reset();
    m_qsettings.reset();
}

std::unique_ptr<SettingsDialog> TestFeedSettingsPage::makeDialog(bool allowHttpLoopback)
{
    auto dialog = std::make_unique<SettingsDialog>(m_settings.get(), &m_secrets, &m_network);
    dialog->setAllowHttpLoopback(allowHttpLoopback);
    dialog->show();
    m_dialog = dialog.get();
    return dialog;
}

template <typename T> T* TestFeedSettingsPage::child(const char* name) const
{
    T* found = m_dialog->findChild<T*>(QString::fromLatin1(name));
    if (!found) {
        qWarning("no child %s", name);
    }
    return found;
}

void TestFeedSettingsPage::type(const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(name);
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

QString TestFeedSettingsPage::readSettingsFile() const
{
    m_qsettings->sync();
    QFile file(m_qsettings->fileName());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool TestFeedSettingsPage::save()
{
    QSignalSpy saved(m_dialog, &SettingsDialog::saved);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    return saved.count() == 1 || saved.wait(WaitMs);
}

bool TestFeedSettingsPage::stored(const QString& account) const
{
    return m_secrets.contains(account);
}

void TestFeedSettingsPage::keyGoesToTheKeychainNotTheSettingsFile()
{
    auto dialog = makeDialog();
    auto* list = child<QListWidget>("feedSourcesListWidget");
    auto* secret = child<QLineEdit>("feedSecretLineEdit");
    auto* interval = child<QSpinBox>("feedIntervalSpinBox");
    auto* api = child<QLabel>("feedApiLabel");
    QVERIFY(list && secret && interval && api);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QCOMPARE(interval->value(), 5);

    // A file takes no key and no interval.
    type("feedSourceLineEdit", m_folder.path());
    QVERIFY(!secret->isEnabled());
    QVERIFY(!interval->isEnabled());

    // The Red Canary API is recognised from its address.
    type("feedSourceLineEdit", redCanaryUrl);
    QVERIFY(secret->isEnabled());
    QVERIFY2(api->text().contains(QStringLiteral("Red Canary")), qPrintable(api->text()));
    type("feedSecretLineEdit", QString::fromLatin1(redCanaryKey));
    interval->setValue(7);
    QTest::mouseClick(child<QPushButton>("addFeedSourceButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, WaitMs);
    QVERIFY(secret->text().isEmpty());
    const QJsonObject added = list->item(0)->data(Qt::UserRole + 1).toJsonObject();
    const QString id = added.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(stored(feedKey(id)));

    // A generic JSON feed, without a token.
    type("feedSourceLineEdit", QStringLiteral("https://feeds.example.net/alerts.ndjson"));
    QVERIFY2(api->text().contains(QStringLiteral("JSON")), qPrintable(api->text()));
    QTest::mouseClick(child<QPushButton>("addFeedSourceButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 2, WaitMs);

    if (const QString shots = qEnvironmentVariable("CORDON_SCREENSHOT_DIR"); !shots.isEmpty()) {
        auto* tabs = child<QTabWidget>("settingsTabWidget");
        QVERIFY(tabs);
        tabs->setCurrentIndex(tabs->indexOf(list->parentWidget()));
        type("feedSourceLineEdit", QStringLiteral("https://acme.my.redcanary.co/openapi/v3"));
        QVERIFY(m_dialog->grab().save(shots + QStringLiteral("/settings-feeds.png")));
        child<QLineEdit>("feedSourceLineEdit")->clear();
    }
    QVERIFY(save());
    const QJsonArray sources = m_settings->feedSources();
    QCOMPARE(sources.size(), 2);
    const QJsonObject redCanary = sources.at(0).toObject();
    QCOMPARE(redCanary.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(redCanary.value(QStringLiteral("kind")).toString(), QStringLiteral("https"));
    QCOMPARE(redCanary.value(QStringLiteral("api")).toString(), QStringLiteral("redcanary"));
    QCOMPARE(redCanary.value(QStringLiteral("intervalMinutes")).toInt(), 7);
    QCOMPARE(sources.at(1).toObject().value(QStringLiteral("api")).toString(), QStringLiteral("generic"));
    QCOMPARE(sources.at(1).toObject().value(QStringLiteral("intervalMinutes")).toInt(), 5);

    // The key is in the keychain and nowhere in the settings file.
    const QString file = readSettingsFile();
    QVERIFY(file.contains(QStringLiteral("acme.my.redcanary.co")));
    QVERIFY(!file.contains(QString::fromLatin1(redCanaryKey)));
    bool read = false;
    m_secrets.read(feedKey(id), nullptr, [&read](const cordon::core::SecretResult& result) {
        read = result.ok() && result.secret == redCanaryKey;
    });
    QTRY_VERIFY_WITH_TIMEOUT(read, WaitMs);

    // Opened again, the dialog lists the source and never shows its key.
    dialog.reset();
    auto again = makeDialog();
    QCOMPARE(child<QListWidget>("feedSourcesListWidget")->count(), 2);
    QVERIFY(child<QLineEdit>("feedSecretLineEdit")->text().isEmpty());
    QVERIFY(child<QListWidget>("feedSourcesListWidget")->item(0)->text().contains(QStringLiteral("Red Canary")));
}

void TestFeedSettingsPage::removingTheSourceDeletesItsKey()
{
    {
        auto dialog = makeDialog();
        type("feedSourceLineEdit", redCanaryUrl);
        type("feedSecretLineEdit", QString::fromLatin1(redCanaryKey));
        QTest::mouseClick(child<QPushButton>("addFeedSourceButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(child<QListWidget>("feedSourcesListWidget")->count(), 1, WaitMs);
        QVERIFY(save());
    }
    const QString id = m_settings->feedSources().at(0).toObject().value(QStringLiteral("id")).toString();
    QVERIFY(stored(feedKey(id)));

    auto dialog = makeDialog();
    auto* list = child<QListWidget>("feedSourcesListWidget");
    list->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>("removeFeedSourceButton"), Qt::LeftButton);
    QCOMPARE(list->count(), 0);
    // Removed from the list only: the key stays until the change is saved.
    QTest::qWait(0);
    QVERIFY(stored(feedKey(id)));
    QVERIFY(save());
    QTRY_VERIFY_WITH_TIMEOUT(!stored(feedKey(id)), WaitMs);
    QCOMPARE(m_settings->feedSources().size(), 0);
}

void TestFeedSettingsPage::keyOfAnUnsavedSourceIsNotKept()
{
    auto dialog = makeDialog();
    type("feedSourceLineEdit", QStringLiteral("https://feeds.example.net/alerts.ndjson"));
    type("feedSecretLineEdit", QStringLiteral("bearer-of-a-source-never-saved"));
    QTest::mouseClick(child<QPushButton>("addFeedSourceButton"), Qt::LeftButton);
    auto* list = child<QListWidget>("feedSourcesListWidget");
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, WaitMs);
    const QString id = list->item(0)->data(Qt::UserRole + 1).toJsonObject().value(QStringLiteral("id")).toString();
    QVERIFY(stored(feedKey(id)));
    QTest::mouseClick(child<QPushButton>("cancelButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!stored(feedKey(id)), WaitMs);
    QCOMPARE(m_settings->feedSources().size(), 0);
}

void TestFeedSettingsPage::keychainFailureAddsNothing()
{
    auto dialog = makeDialog();
    m_secrets.setFailure(cordon::core::SecretResult::Status::NoBackend);
    Dialogs::setNextAnswer(QMessageBox::Ok);
    type("feedSourceLineEdit", redCanaryUrl);
    type("feedSecretLineEdit", QString::fromLatin1(redCanaryKey));
    QTest::mouseClick(child<QPushButton>("addFeedSourceButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(Dialogs::lastText().contains(QStringLiteral("not added")), WaitMs);
    QCOMPARE(child<QListWidget>("feedSourcesListWidget")->count(), 0);
    QVERIFY(child<QPushButton>("addFeedSourceButton")->isEnabled());
}

void TestFeedSettingsPage::plainHttpOnlyToThisComputerWhenAllowed()
{
    {
        auto dialog = makeDialog(false);
        Dialogs::setNextAnswer(QMessageBox::Ok);
        type("feedSourceLineEdit", QStringLiteral("http://127.0.0.1:8080/alerts"));
        QTest::mouseClick(child<QPushButton>("addFeedSourceButton"), Qt::LeftButton);
        QCOMPARE(child<QListWidget>("feedSourcesListWidget")->count(), 0);
        QVERIFY(Dialogs::lastText().contains(QStringLiteral("https://")));
    }
    auto dialog = makeDialog(true);
    auto* list = child<QListWidget>("feedSourcesListWidget");
    type("feedSourceLineEdit", QStringLiteral("http://127.0.0.1:8080/alerts"));
    QTest::mouseClick(child<QPushButton>("addFeedSourceButton"), Qt::LeftButton);
    QCOMPARE(list->count(), 1);
    Dialogs::setNextAnswer(QMessageBox::Ok);
    type("feedSourceLineEdit", QStringLiteral("http://feeds.example.net/alerts"));
    QTest::mouseClick(child<QPushButton>("addFeedSourceButton"), Qt::LeftButton);
    QCOMPARE(list->count(), 1);
    // A key in the address would land in the settings: it is refused.
    Dialogs::setNextAnswer(QMessageBox::Ok);
    type("feedSourceLineEdit", QStringLiteral("https://user:hunter2@feeds.example.net/alerts"));
    QTest::mouseClick(child<QPushButton>("addFeedSourceButton"), Qt::LeftButton);
    QCOMPARE(list->count(), 1);
    QVERIFY(Dialogs::lastText().contains(QStringLiteral("Key field")));
}

void TestFeedSettingsPage::addressIsHeldToTheTransportRule_data()
{
    cordon::test::addTransportRows(cordon::test::TransportRows::All);
}

void TestFeedSettingsPage::addressIsHeldToTheTransportRule()
{
    QFETCH(QString, url);
    QFETCH(bool, allowLoopback);
    QFETCH(bool, allowed);
    // Without "//" the page takes the text for a file's name, which no network rule concerns.
    if (!url.contains(QLatin1String("://"))) {
        return;
    }
    auto dialog = makeDialog(allowLoopback);
    Dialogs::setNextAnswer(QMessageBox::Ok);
    type("feedSourceLineEdit", url.contains(QLatin1String("%1")) ? url.arg(8080) : url);
    QTest::mouseClick(child<QPushButton>("addFeedSourceButton"), Qt::LeftButton);
    QCOMPARE(child<QListWidget>("feedSourcesListWidget")->count(), allowed ? 1 : 0);
    if (!allowed) {
        QVERIFY2(Dialogs::lastText().contains(QLatin1String("cannot be a feed")), qPrintable(Dialogs::lastText()));
    }
}

QTEST_MAIN(TestFeedSettingsPage)
#include "tst_feedsettingspage.moc"
