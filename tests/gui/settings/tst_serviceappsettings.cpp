#include "SimProcess.h"
#include "TestFolders.h"
#include "gui/desktop/Dialogs.h"
#include "gui/settings/SettingsDialog.h"
#include "oauth/SigningKey.h"
#include "okta/OktaScopes.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretAccounts.h"
#include "store/AppSettings.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using cordon::core::AppSettings;
using cordon::core::OktaScopes;
using cordon::core::SecretResult;
using cordon::core::SigningKey;
using cordon::core::SecretAccounts::oktaServiceAppKey;
using cordon::gui::Dialogs;
using cordon::gui::SettingsDialog;
using cordon::test::SimProcess;

namespace
{

// The key's entry is named by the org's host alone, which every simulator on 127.0.0.1 shares: a keychain service
// of this test's own keeps it apart from the other tests that run beside it.
const QString kKeychainService = QStringLiteral("Cordon-test-serviceappsettings");

} // namespace

// Settings → Okta as an OAuth 2.0 service app, with the real Secret Service and the simulator over loopback: the
// key pair is made in the dialog, its public half shown to paste into Okta, its private half stored in the
// keychain only on Save; Test connection signs in as the app and shows its roles and its scopes per step.
class TestServiceAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aKeyPairIsMadeShownAndStoredOnlyOnSave();
    void scopesNotAskedForAreNamedPerStep();
    void anUnknownAppIsRefusedWithOktasReason();

private:
    std::unique_ptr<SettingsDialog> makeDialog();
    template <typename T> T* child(QWidget* dialog, const char* name);
    void typeInto(QWidget* dialog, const char* name, const QString& text);
    // Chooses "OAuth service app" with the keyboard, as a person would.
    void chooseServiceApp(QWidget* dialog);
    bool runTest(SettingsDialog* dialog);
    bool save(SettingsDialog* dialog);
    SecretResult readKey();

    TestFolders m_folder;
    SimProcess m_sim;
    QNetworkAccessManager m_network;
    std::unique_ptr<cordon::core::SecretStoreInterface> m_secrets;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
};

void TestServiceAppSettings::initTestCase()
{
    QVERIFY(m_folder.isValid());
    QString error;
    QVERIFY2(m_sim.start({}, &error), qPrintable(error));
    QVERIFY(!SimProcess::demoClientKey().isEmpty());
}

void TestServiceAppSettings::init()
{
    m_sim.reset();
    m_secrets = std::make_unique<cordon::core::KeychainSecretStore>(kKeychainService);
    m_qsettings = AppSettings::open();
    m_qsettings->clear();
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
    Dialogs::reset();
}

void TestServiceAppSettings::cleanup()
{
    bool done = false;
    m_secrets->remove(oktaServiceAppKey(m_sim.baseUrl()), this, [&done](const SecretResult&) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    m_settings.reset();
    m_qsettings.reset();
    Dialogs::reset();
}

std::unique_ptr<SettingsDialog> TestServiceAppSettings::makeDialog()
{
    auto dialog = std::make_unique<SettingsDialog>(m_settings.get(), m_secrets.get(), &m_network);
    dialog->setAllowHttpLoopback(true);
    dialog->resize(900, 900);
    dialog->show();
    // To the Okta page, as a click on its tab.
    auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("settingsTabWidget"));
    QTabBar* bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
    return dialog;
}

template <typename T> T* TestServiceAppSettings::child(QWidget* dialog, const char* name)
{
    T* found = dialog->findChild<T*>(QString::fromLatin1(name));
    if (!found) {
        qWarning("no child %s", name);
    }
    return found;
}

void TestServiceAppSettings::typeInto(QWidget* dialog, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, name);
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void TestServiceAppSettings::chooseServiceApp(QWidget* dialog)
{
    auto* mode = child<QComboBox>(dialog, "signInModeComboBox");
    QVERIFY(mode);
    QCOMPARE(mode->currentText(), QStringLiteral("API token"));
    QVERIFY(child<QLineEdit>(dialog, "tokenLineEdit")->isVisible());
    QVERIFY(!child<QLineEdit>(dialog, "clientIdLineEdit")->isVisible());
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down);
    QCOMPARE(mode->currentText(), QStringLiteral("OAuth service app"));
    // The token's row goes; the app's come.
    QVERIFY(!child<QLineEdit>(dialog, "tokenLineEdit")->isVisible());
    QVERIFY(child<QLineEdit>(dialog, "clientIdLineEdit")->isVisible());
    QVERIFY(child<QPushButton>(dialog, "makeKeyPairButton")->isVisible());
}

bool TestServiceAppSettings::runTest(SettingsDialog* dialog)
{
    QSignalSpy tested(dialog, &SettingsDialog::connectionTested);
    QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
    if (tested.isEmpty() && !tested.wait(20000)) {
        return false;
    }
    return tested.last().at(0).toBool();
}

bool TestServiceAppSettings::save(SettingsDialog* dialog)
{
    QSignalSpy saved(dialog, &SettingsDialog::saved);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    return (saved.count() == 1 || saved.wait(15000)) && dialog->result() == QDialog::Accepted;
}

SecretResult TestServiceAppSettings::readKey()
{
    SecretResult result;
    bool done = false;
    m_secrets->read(oktaServiceAppKey(m_sim.baseUrl()), this, [&](SecretResult answer) {
        result = std::move(answer);
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 10000)) {
        return SecretResult(SecretResult::Status::Other, {}, QStringLiteral("no answer"));
    }
    return result;
}

void TestServiceAppSettings::aKeyPairIsMadeShownAndStoredOnlyOnSave()
{
    const QString clientId = QStringLiteral("0oa1consolemadekey");
    QJsonObject jwk;
    {
        auto dialog = makeDialog();
        typeInto(dialog.get(), "orgUrlLineEdit", m_sim.baseUrl().toString());
        chooseServiceApp(dialog.get());
        typeInto(dialog.get(), "clientIdLineEdit", clientId);
        // What to grant in Okta is on the page.
        const QString scopes = child<QLabel>(dialog.get(), "scopesToGrantLabel")->text();
        for (const QString& scope : OktaScopes::all()) {
            QVERIFY2(scopes.contains(scope), qPrintable(scopes));
        }
        QTest::mouseClick(child<QPushButton>(dialog.get(), "makeKeyPairButton"), Qt::LeftButton);
        // With the app's rows shown, the dialog still fits a 1366x768 screen.
        QVERIFY2(dialog->minimumSizeHint().width() <= 1366 && dialog->minimumSizeHint().height() <= 700,
                 qPrintable(QStringLiteral("%1x%2")
                                .arg(dialog->minimumSizeHint().width())
                                .arg(dialog->minimumSizeHint().height())));
        // No key was stored before: nothing is asked.
        QVERIFY(Dialogs::lastText().isEmpty());

        // The public JWK, and nothing private, in a box the analyst can select and copy from but not edit.
        auto* box = child<QPlainTextEdit>(dialog.get(), "publicKeyTextEdit");
        QVERIFY(box->isVisible());
        QVERIFY(box->isReadOnly());
        QVERIFY(box->textInteractionFlags() & Qt::TextSelectableByMouse);
        QJsonParseError parseError;
        jwk = QJsonDocument::fromJson(box->toPlainText().toUtf8(), &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(box->toPlainText()));
        QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), QStringLiteral("EC"));
        QCOMPARE(jwk.value(QStringLiteral("crv")).toString(), QStringLiteral("P-256"));
        QVERIFY(!jwk.value(QStringLiteral("x")).toString().isEmpty());
        QVERIFY(!jwk.value(QStringLiteral("kid")).toString().isEmpty());
        for (const char* member : {"d", "p", "q", "dp", "dq", "qi"}) {
            QVERIFY2(!jwk.contains(QLatin1String(member)), member);
        }
        QVERIFY(!box->toPlainText().contains(QStringLiteral("PRIVATE")));
        auto* copy = child<QPushButton>(dialog.get(), "copyPublicKeyButton");
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), box->toPlainText());
        QVERIFY2(
            child<QLabel>(dialog.get(), "keyStatusLabel")->text().contains(jwk.value(QStringLiteral("kid")).toString()),
            qPrintable(child<QLabel>(dialog.get(), "keyStatusLabel")->text()));

        // Nothing of it is stored before Save.
        QCOMPARE(readKey().status, SecretResult::Status::NotFound);
        QVERIFY(m_settings->oauthClientId().isEmpty());
        QVERIFY(save(dialog.get()));
    }
    const SecretResult stored = readKey();
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    QVERIFY(stored.secret.startsWith("-----BEGIN PRIVATE KEY-----"));
    const SigningKey key = SigningKey::fromPem(stored.secret);
    QVERIFY(!key.isNull());
    // The key id is the key's thumbprint, as cordonctl names it.
    QCOMPARE(key.thumbprint(), jwk.value(QStringLiteral("kid")).toString());
    QCOMPARE(key.registrationJwk(key.thumbprint()), jwk);
    QCOMPARE(m_settings->oktaAuthorizationMode(), QStringLiteral("PrivateKey"));
    QCOMPARE(m_settings->oauthClientId(), clientId);
    QCOMPARE(m_settings->oauthKeyId(), key.thumbprint());
    QCOMPARE(m_settings->oauthScopes(), OktaScopes::all());
    // None of the private key is in the settings file.
    m_qsettings->sync();
    QFile file(m_qsettings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(!written.contains("PRIVATE"));
    const QList<QByteArray> pemLines = stored.secret.split('\n');
    for (const QByteArray& line : pemLines) {
        if (!line.startsWith("-----") && line.size() > 16) {
            QVERIFY(!written.contains(line));
        }
    }

    // The admin adds the public key to the app in Okta, with the scopes and a role.
    QString error;
    QVERIFY2(m_sim.registerClient(
                 QJsonObject{{QStringLiteral("clientId"), clientId},
                             {QStringLiteral("jwks"), QJsonArray{jwk}},
                             {QStringLiteral("scopes"), QJsonArray::fromStringList(OktaScopes::all())},
                             {QStringLiteral("dpopRequired"), true},
                             {QStringLiteral("roles"),
                              QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("USER_ADMIN")},
                                                     {QStringLiteral("label"), QStringLiteral("User Administrator")},
                                                     {QStringLiteral("assignmentType"), QStringLiteral("CLIENT")}}}}},
                 &error),
             qPrintable(error));

    // Opened again: the app as saved, its stored key's public half to copy again, and Test connection signs in.
    auto dialog = makeDialog();
    QCOMPARE(child<QComboBox>(dialog.get(), "signInModeComboBox")->currentText(), QStringLiteral("OAuth service app"));
    QCOMPARE(child<QLineEdit>(dialog.get(), "clientIdLineEdit")->text(), clientId);
    auto* status = child<QLabel>(dialog.get(), "keyStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Stored in %1").arg(m_secrets->backendName())),
                             10000);
    QCOMPARE(QJsonDocument::fromJson(child<QPlainTextEdit>(dialog.get(), "publicKeyTextEdit")->toPlainText().toUtf8())
                 .object(),
             jwk);
    QVERIFY(runTest(dialog.get()));
    const QString result = child<QLabel>(dialog.get(), "connectionResultLabel")->text();
    QVERIFY2(result.contains(QStringLiteral("Connected as service app <b>%1</b>").arg(clientId)), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("User Administrator (USER_ADMIN)")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("Scopes granted: %1").arg(OktaScopes::all().join(QLatin1Char(' ')))),
             qPrintable(result));
    QVERIFY2(
        result.contains(QStringLiteral("Suspend needs okta.users.read okta.roles.read okta.users.manage: granted")),
        qPrintable(result));
    QVERIFY2(!result.contains(QStringLiteral("not granted")), qPrintable(result));
    QVERIFY(!result.contains(QStringLiteral("PRIVATE")));

    // A new key pair is asked about first, and the analyst is told the old public key must be replaced in Okta;
    // until Save the stored key stays.
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "makeKeyPairButton"), Qt::LeftButton);
    QVERIFY2(Dialogs::lastText().contains(QStringLiteral("must then be replaced")), qPrintable(Dialogs::lastText()));
    QVERIFY2(status->text().contains(QStringLiteral("Replace the public key registered in Okta")),
             qPrintable(status->text()));
    QVERIFY(QJsonDocument::fromJson(child<QPlainTextEdit>(dialog.get(), "publicKeyTextEdit")->toPlainText().toUtf8())
                .object() != jwk);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "cancelButton"), Qt::LeftButton);
    const SecretResult kept = readKey();
    QVERIFY(kept.ok());
    QCOMPARE(SigningKey::fromPem(kept.secret).thumbprint(), key.thumbprint());
    QCOMPARE(m_settings->oauthKeyId(), key.thumbprint());
}

void TestServiceAppSettings::scopesNotAskedForAreNamedPerStep()
{
    // The demo app's key is in the keychain, and its settings as an earlier Save left them.
    bool written = false;
    m_secrets->write(oktaServiceAppKey(m_sim.baseUrl()), SimProcess::demoClientKey(), this,
                     [&written](const SecretResult& result) { written = result.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
    QVERIFY(m_settings->setOrgUrl(m_sim.baseUrl().toString()));
    QVERIFY(m_settings->setOktaAuthorizationMode(QStringLiteral("PrivateKey")));
    QVERIFY(m_settings->setOauthClientId(SimProcess::demoClientId()));
    QVERIFY(m_settings->setOauthKeyId(SimProcess::demoClientKeyId()));
    QVERIFY(m_settings->setOauthScopes(OktaScopes::all()));

    // The org no longer grants okta.users.manage: the analyst asks only for what it grants.
    QVERIFY(m_sim.revokeClientScope(SimProcess::demoClientId(), QStringLiteral("okta.users.manage")));
    auto dialog = makeDialog();
    QStringList asked = OktaScopes::all();
    asked.removeAll(QStringLiteral("okta.users.manage"));
    typeInto(dialog.get(), "scopesLineEdit", asked.join(QLatin1Char(' ')));
    const bool connected = runTest(dialog.get());
    const QString result = child<QLabel>(dialog.get(), "connectionResultLabel")->text();
    QVERIFY2(connected, qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("Connected as service app <b>%1</b>").arg(SimProcess::demoClientId())),
             qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("ORG_ADMIN")), qPrintable(result));
    // Each step that needs the scope says so; the others are granted.
    for (const QString& step :
         {QStringLiteral("Clear sessions"), QStringLiteral("Suspend"), QStringLiteral("Unsuspend")}) {
        QVERIFY2(
            result.contains(QStringLiteral("%1 needs okta.users.read okta.roles.read okta.users.manage: not granted "
                                           "okta.users.manage")
                                .arg(step)),
            qPrintable(step + QLatin1Char('\n') + result));
    }
    QVERIFY2(result.contains(QStringLiteral("Add to a group needs okta.users.read okta.roles.read okta.groups.read "
                                            "okta.groups.manage: granted")),
             qPrintable(result));
    QVERIFY(save(dialog.get()));
    QCOMPARE(m_settings->oauthScopes(), asked);
    // The key was not made anew: the stored one and its id stay.
    QCOMPARE(m_settings->oauthKeyId(), SimProcess::demoClientKeyId());
}

void TestServiceAppSettings::anUnknownAppIsRefusedWithOktasReason()
{
    auto dialog = makeDialog();
    typeInto(dialog.get(), "orgUrlLineEdit", m_sim.baseUrl().toString());
    chooseServiceApp(dialog.get());
    // Save without a client id or a key pair says what is missing and writes nothing.
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
    QVERIFY2(Dialogs::lastText().contains(QStringLiteral("client id")), qPrintable(Dialogs::lastText()));
    QVERIFY(m_settings->oktaAuthorizationMode() != QLatin1String("PrivateKey"));

    typeInto(dialog.get(), "clientIdLineEdit", QStringLiteral("0oa1nobodyregistered"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "makeKeyPairButton"), Qt::LeftButton);
    QVERIFY(!runTest(dialog.get()));
    const QString result = child<QLabel>(dialog.get(), "connectionResultLabel")->text();
    QVERIFY2(result.contains(QStringLiteral("Okta refused the service app")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("invalid_client")), qPrintable(result));
    QVERIFY(!result.contains(QStringLiteral("PRIVATE")));
    QVERIFY(!result.contains(QStringLiteral("eyJ")));
}

QTEST_MAIN(TestServiceAppSettings)
#include "tst_serviceappsettings.moc"
