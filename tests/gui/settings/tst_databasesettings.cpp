// Settings → Database against the test PostgreSQL cluster: the file in the data folder or a team URL, the
// password kept in the keychain and never in the settings or on screen, Test connection on its own thread
// saying who the server knows the analyst as, and the URL's faults refused with a clear message.

#include "TestDatabase.h"
#include "TestFolders.h"
#include "gui/desktop/Dialogs.h"
#include "gui/settings/SettingsDialog.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretAccounts.h"
#include "store/AppSettings.h"
#include "store/DatabaseUrl.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTest>

using cordon::core::AppSettings;
using cordon::core::DatabaseUrl;
using cordon::core::MemorySecretStore;
using cordon::gui::Dialogs;
using cordon::gui::SettingsDialog;

class TestDatabaseSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theFileInTheDataFolderIsTheDefault();
    void aTeamUrlWithThePasswordInTheKeychain();
    void aUrlHoldingAPasswordIsRefused();
    void aClosedPortIsSaid();
    void theEnvironmentOverridesTheSetting();

private:
    void openDatabaseTab();
    QString testAndWait();
    template <typename T> T* child(const char* name) const
    {
        return m_dialog->findChild<T*>(QString::fromLatin1(name));
    }
    void type(const char* name, const QString& text);
    QString settingsFileText() const;

    std::unique_ptr<TestFolders> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestDatabaseSettings::init()
{
    Dialogs::reset();
    m_dir = std::make_unique<TestFolders>();
    m_qsettings = m_dir->settings();
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_dialog = std::make_unique<SettingsDialog>(m_settings.get(), m_secrets.get(), &m_network);
    m_dialog->resize(720, 560);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    openDatabaseTab();
}

void TestDatabaseSettings::cleanup()
{
    m_dialog.reset();
    m_settings.reset();
    m_qsettings.reset();
    m_dir.reset();
    Dialogs::reset();
}

void TestDatabaseSettings::openDatabaseTab()
{
    auto* tabs = child<QTabWidget>("settingsTabWidget");
    QVERIFY(tabs);
    // By the keyboard: the last tab is one Ctrl+Shift+Tab from the first.
    tabs->setCurrentIndex(0);
    QTest::keyClick(tabs, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("databasePage"));
}

void TestDatabaseSettings::type(const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(name);
    QVERIFY(edit);
    edit->clear();
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClicks(edit, text);
}

QString TestDatabaseSettings::testAndWait()
{
    QSignalSpy tested(m_dialog->findChild<QWidget*>(QStringLiteral("databasePage")), SIGNAL(connectionTested(bool)));
    QTest::mouseClick(child<QPushButton>("databaseTestButton"), Qt::LeftButton);
    // The window answers while the connection is made: the test runs on its own thread.
    if (tested.isEmpty() && !tested.wait(20000)) {
        return QStringLiteral("(no answer)");
    }
    return child<QLabel>("databaseResultLabel")->text();
}

QString TestDatabaseSettings::settingsFileText() const
{
    m_qsettings->sync();
    QFile file(m_qsettings->fileName());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestDatabaseSettings::theFileInTheDataFolderIsTheDefault()
{
    QVERIFY(child<QRadioButton>("databaseFileRadio")->isChecked());
    QVERIFY(!child<QLineEdit>("databaseUrlEdit")->isEnabled());
    QVERIFY(!child<QLabel>("databaseOverrideLabel")->isVisible());
    const QString path = cordon::core::Database::defaultPath();
    QCOMPARE(child<QLabel>("databaseFileLabel")->text(), path);
    // No file yet: the test says the console makes it, and makes none itself.
    QString result = testAndWait();
    QVERIFY2(result.contains(QStringLiteral("creates it at its next start")), qPrintable(result));
    QVERIFY(!QFile::exists(path));
    {
        cordon::core::Database database;
        QVERIFY(database.open(path));
    }
    result = testAndWait();
    QVERIFY2(result.startsWith(QStringLiteral("Connected to SQLite")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("at the next start")), qPrintable(result));
}

void TestDatabaseSettings::aTeamUrlWithThePasswordInTheKeychain()
{
    QString error;
    const QString url = TestDatabase::makePostgres(QStringLiteral("carol"), &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    QTest::mouseClick(child<QRadioButton>("databaseTeamRadio"), Qt::LeftButton);
    QVERIFY(child<QRadioButton>("databaseTeamRadio")->isChecked());
    type("databaseUrlEdit", url);

    // The server asks for carol's password, and none is typed or stored.
    QString result = testAndWait();
    QVERIFY2(result.contains(QStringLiteral("asks for a password")), qPrintable(result));

    type("databasePasswordEdit", QStringLiteral("carol-pw"));
    QCOMPARE(child<QLineEdit>("databasePasswordEdit")->echoMode(), QLineEdit::Password);
    result = testAndWait();
    QVERIFY2(result.contains(QStringLiteral("The server knows you as carol")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("Connected to PostgreSQL 15")), qPrintable(result));
    QVERIFY2(
        result.contains(QStringLiteral("Schema %1, this version's").arg(cordon::core::Database::latestSchemaVersion())),
        qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("TLS: ")), qPrintable(result));
    QVERIFY(!result.contains(QStringLiteral("carol-pw")));
    if (const QString png = qEnvironmentVariable("CORDON_TEST_GRAB"); !png.isEmpty()) {
        QTest::qWait(100);
        m_dialog->grab().save(png);
    }

    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(accepted.count() > 0 || accepted.wait(5000));
    QCOMPARE(m_settings->databaseUrl(), DatabaseUrl::parse(url).display());
    QVERIFY(!settingsFileText().contains(QStringLiteral("carol-pw")));
    QVERIFY(settingsFileText().contains(QStringLiteral("carol@127.0.0.1")));
    bool read = false;
    QByteArray stored;
    m_secrets->read(cordon::core::SecretAccounts::databasePassword(DatabaseUrl::parse(url).display()), this,
                    [&](const cordon::core::SecretResult& answer) {
                        read = true;
                        stored = answer.secret;
                    });
    QTRY_VERIFY(read);
    QCOMPARE(stored, QByteArray("carol-pw"));

    // Opened again: the URL is there, the password is not shown, and the stored one serves the test.
    m_dialog = std::make_unique<SettingsDialog>(m_settings.get(), m_secrets.get(), &m_network);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    openDatabaseTab();
    QVERIFY(child<QRadioButton>("databaseTeamRadio")->isChecked());
    QCOMPARE(child<QLineEdit>("databasePasswordEdit")->text(), QString());
    QTRY_COMPARE(child<QLabel>("databasePasswordStatusLabel")->text(),
                 QStringLiteral("A password is stored in the keychain for this URL."));
    result = testAndWait();
    QVERIFY2(result.contains(QStringLiteral("The server knows you as carol")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("password stored in the keychain")), qPrintable(result));
}

void TestDatabaseSettings::aUrlHoldingAPasswordIsRefused()
{
    QTest::mouseClick(child<QRadioButton>("databaseTeamRadio"), Qt::LeftButton);
    type("databaseUrlEdit", QStringLiteral("postgresql://carol:hunter2@db.soc.example/cordon"));
    const QString result = testAndWait();
    QVERIFY2(result.contains(QStringLiteral("holds a password")), qPrintable(result));
    QVERIFY(!result.contains(QStringLiteral("hunter2")));

    Dialogs::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY2(Dialogs::lastText().contains(QStringLiteral("holds a password")), qPrintable(Dialogs::lastText()));
    QVERIFY(!Dialogs::lastText().contains(QStringLiteral("hunter2")));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_settings->databaseUrl(), QString());
    QVERIFY(!settingsFileText().contains(QStringLiteral("hunter2")));
}

void TestDatabaseSettings::aClosedPortIsSaid()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    QTest::mouseClick(child<QRadioButton>("databaseTeamRadio"), Qt::LeftButton);
    type("databaseUrlEdit", QStringLiteral("postgresql://alice@127.0.0.1:%1/cordon").arg(port));
    const QString result = testAndWait();
    QVERIFY2(result.startsWith(QStringLiteral("Cannot open postgresql://alice@127.0.0.1:%1/cordon").arg(port)),
             qPrintable(result));
    QVERIFY(child<QPushButton>("databaseTestButton")->isEnabled());
}

void TestDatabaseSettings::theEnvironmentOverridesTheSetting()
{
    qputenv("CORDON_DATABASE_URL", "postgresql://dave@db.soc.example/cordon");
    m_dialog = std::make_unique<SettingsDialog>(m_settings.get(), m_secrets.get(), &m_network);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    qunsetenv("CORDON_DATABASE_URL");
    openDatabaseTab();
    auto* label = child<QLabel>("databaseOverrideLabel");
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("CORDON_DATABASE_URL is set, and overrides this setting")),
             qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("dave@db.soc.example")), qPrintable(label->text()));
}

QTEST_MAIN(TestDatabaseSettings)
#include "tst_databasesettings.moc"
