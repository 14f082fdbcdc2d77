#include "SimProcess.h"
#include "TestFolders.h"
#include "containment/ActionListModel.h"
#include "gui/Console.h"
#include "gui/containment/ContainmentWidget.h"
#include "gui/desktop/Dialogs.h"
#include "gui/incidents/MainWindow.h"
#include "gui/settings/SettingsDialog.h"
#include "okta/OktaScopes.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretAccounts.h"
#include "store/AppSettings.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using cordon::core::ActionResult;
using cordon::core::AppSettings;
using cordon::core::KeychainSecretStore;
using cordon::core::OktaScopes;
using cordon::core::OktaUser;
using cordon::core::SecretResult;
using cordon::core::SecretAccounts::oktaServiceAppKey;
using cordon::gui::Console;
using cordon::gui::ContainmentWidget;
using cordon::gui::Dialogs;
using cordon::gui::SettingsDialog;
using cordon::test::SimProcess;

namespace
{

const QString kRestricted = QStringLiteral("Limited Data Access");
const QString kIncident = QStringLiteral("edr:demo:4711");
// The key's entry is named by the org's host alone, which every simulator on 127.0.0.1 shares: a keychain service
// of this test's own keeps it apart from the other tests that run beside it.
const QString kKeychainService = QStringLiteral("Cordon-test-consoleserviceapp");

} // namespace

// The console signed in as an OAuth 2.0 service app from its settings and the private key in the real Secret
// Service, against the simulator over loopback: the status bar says so, containment works as with a token, and an
// action whose scope the app was not granted is off with the reason.
class TestConsoleServiceApp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void containsAndReleasesJorenAsTheServiceApp();
    void actionsNeedingAScopeNotGrantedAreOff();
    void aRefusedSignInShowsOktasReason();
    void anUnusableKeyIsExplainedWithoutQuotingIt();
    void aServiceAppSetUpInSettingsIsUsedOnSave();

private:
    // The settings and the key an earlier Save left, then the console started on them.
    void startConsole(const QStringList& scopes = OktaScopes::all(),
                      const QByteArray& pem = SimProcess::demoClientKey());
    QPushButton* button(const char* name) const;
    QString connectionState() const;
    bool clickAndWaitForRun(const char* name);
    OktaUser joren();

    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<TestFolders> m_dir;
    std::unique_ptr<Console> m_console;
    // The containment buttons on the console's workspace, shown on their own: the pane in the window shows them only
    // once an incident's Okta user is confirmed.
    std::unique_ptr<ContainmentWidget> m_widget;
};

void TestConsoleServiceApp::init()
{
    Dialogs::reset();
    m_sim = std::make_unique<SimProcess>();
    QString error;
    QVERIFY2(m_sim->start({}, &error), qPrintable(error));
    m_dir = std::make_unique<TestFolders>();
    QVERIFY(m_dir->isValid());
}

void TestConsoleServiceApp::cleanup()
{
    m_widget.reset();
    m_console.reset();
    KeychainSecretStore secrets(kKeychainService);
    bool done = false;
    secrets.remove(oktaServiceAppKey(m_sim->baseUrl()), this, [&done](const SecretResult&) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    m_sim.reset();
    m_dir.reset();
    Dialogs::reset();
}

void TestConsoleServiceApp::startConsole(const QStringList& scopes, const QByteArray& pem)
{
    KeychainSecretStore secrets(kKeychainService);
    bool written = false;
    secrets.write(oktaServiceAppKey(m_sim->baseUrl()), pem, this,
                  [&written](const SecretResult& result) { written = result.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
    {
        std::unique_ptr<QSettings> qsettings = AppSettings::open();
        AppSettings settings(qsettings.get());
        QVERIFY(settings.setOrgUrl(m_sim->baseUrl().toString()));
        QVERIFY(settings.setOktaAuthorizationMode(QStringLiteral("PrivateKey")));
        QVERIFY(settings.setOauthClientId(SimProcess::demoClientId()));
        QVERIFY(settings.setOauthKeyId(SimProcess::demoClientKeyId()));
        QVERIFY(settings.setOauthScopes(scopes));
        QVERIFY(settings.setRestrictedGroupName(kRestricted));
        qsettings->sync();
    }
    m_console = std::make_unique<Console>(std::make_unique<KeychainSecretStore>(kKeychainService));
    m_console->setAllowHttpLoopback(true);
    m_console->window()->resize(1500, 920);
    m_console->window()->show();
    m_console->start();
    m_widget = std::make_unique<ContainmentWidget>();
    m_widget->resize(900, 400);
    m_widget->show();
}

QPushButton* TestConsoleServiceApp::button(const char* name) const
{
    return m_widget->findChild<QPushButton*>(QString::fromLatin1(name));
}

QString TestConsoleServiceApp::connectionState() const
{
    auto* label = m_console->window()->findChild<QLabel*>(QStringLiteral("connectionStatusLabel"));
    return label ? label->text() : QString();
}

bool TestConsoleServiceApp::clickAndWaitForRun(const char* name)
{
    QSignalSpy finished(m_widget.get(), &ContainmentWidget::runFinished);
    QPushButton* target = button(name);
    if (!target || !target->isEnabled()) {
        qWarning() << name << "missing or disabled";
        return false;
    }
    QTest::mouseClick(target, Qt::LeftButton);
    return finished.wait(60000) || finished.count() > 0;
}

OktaUser TestConsoleServiceApp::joren()
{
    OktaUser user;
    user.id = m_sim->userId(SimProcess::jorenLogin());
    user.login = SimProcess::jorenLogin();
    user.status = m_sim->user(user.id).value(QStringLiteral("status")).toString();
    return user;
}

void TestConsoleServiceApp::containsAndReleasesJorenAsTheServiceApp()
{
    startConsole();
    QTRY_COMPARE_WITH_TIMEOUT(connectionState(),
                              QStringLiteral("Connected as service app %1").arg(SimProcess::demoClientId()), 20000);
    m_widget->setWorkspace(m_console->workspace());
    const OktaUser user = joren();
    QCOMPARE(user.status, QStringLiteral("ACTIVE"));
    m_widget->setTarget(kIncident, user);
    for (const char* name : {"containButton", "clearSessionsButton", "suspendButton", "restrictButton", "releaseButton",
                             "unsuspendButton", "removeGroupButton"}) {
        QTRY_VERIFY2_WITH_TIMEOUT(button(name)->isEnabled(), name, 10000);
    }

    Dialogs::setNextAnswer(QMessageBox::Yes);
    QVERIFY(clickAndWaitForRun("containButton"));
    QCOMPARE(m_widget->actionModel()->rowCount(), 3);
    for (const ActionResult& result : m_widget->actionModel()->results()) {
        QVERIFY2(result.outcome == ActionResult::Outcome::Done, qPrintable(result.action.name()));
    }
    const QJsonObject contained = m_sim->user(user.id);
    QCOMPARE(contained.value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));
    QCOMPARE(contained.value(QStringLiteral("sessions")).toInt(), 0);

    Dialogs::setNextAnswer(QMessageBox::Yes);
    QVERIFY(clickAndWaitForRun("releaseButton"));
    for (const ActionResult& result : m_widget->actionModel()->results()) {
        QVERIFY2(result.outcome == ActionResult::Outcome::Done, qPrintable(result.action.name()));
    }
    QCOMPARE(m_sim->user(user.id).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
    QVERIFY(m_widget->releaseActions().isEmpty());
    // The console signed in at the token endpoint, read the app's own roles, and never asked who "me" is: a
    // service app has no user.
    QStringList paths;
    for (const QJsonValue& request : m_sim->requests()) {
        paths << request.toObject().value(QStringLiteral("path")).toString();
    }
    QVERIFY2(paths.contains(QStringLiteral("/oauth2/v1/token")), qPrintable(paths.join(u' ')));
    QVERIFY2(paths.contains(QStringLiteral("/oauth2/v1/clients/%1/roles").arg(SimProcess::demoClientId())),
             qPrintable(paths.join(u' ')));
    QVERIFY(!paths.contains(QStringLiteral("/api/v1/users/me")));
}

void TestConsoleServiceApp::actionsNeedingAScopeNotGrantedAreOff()
{
    // The org took okta.users.manage from the app, and the analyst asks only for what it grants.
    QVERIFY(m_sim->revokeClientScope(SimProcess::demoClientId(), QStringLiteral("okta.users.manage")));
    QStringList granted = OktaScopes::all();
    granted.removeAll(QStringLiteral("okta.users.manage"));
    startConsole(granted);
    QTRY_COMPARE_WITH_TIMEOUT(connectionState(),
                              QStringLiteral("Connected as service app %1").arg(SimProcess::demoClientId()), 20000);
    m_widget->setWorkspace(m_console->workspace());
    m_widget->setTarget(kIncident, joren());

    // OktaScopes: clearing sessions, suspending and unsuspending each need okta.users.manage, and so does Contain,
    // which suspends and clears sessions. Adding to and removing from a group need only the groups' scopes.
    const QString reason = QStringLiteral("The service app was not granted okta.users.manage");
    for (const char* name : {"clearSessionsButton", "suspendButton", "unsuspendButton", "containButton"}) {
        QTRY_VERIFY2_WITH_TIMEOUT(!button(name)->isEnabled(), name, 10000);
        QCOMPARE(button(name)->toolTip(), reason);
    }
    for (const char* name : {"restrictButton", "removeGroupButton", "releaseButton", "dryRunButton"}) {
        QVERIFY2(button(name)->isEnabled(), name);
        QVERIFY2(!button(name)->toolTip().contains(QStringLiteral("not granted")), name);
    }
    auto* status = m_widget->findChild<QLabel*>(QStringLiteral("containmentStatusLabel"));
    QCOMPARE(status->text(), reason);

    // What the app may do still works.
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QVERIFY(clickAndWaitForRun("restrictButton"));
    QCOMPARE(m_widget->actionModel()->rowCount(), 1);
    QCOMPARE(m_widget->actionModel()->results().constFirst().outcome, ActionResult::Outcome::Done);
    QCOMPARE(m_sim->user(joren().id).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
    // Still off after the run, with its reason.
    QVERIFY(!button("suspendButton")->isEnabled());
    QCOMPARE(button("suspendButton")->toolTip(), reason);
}

void TestConsoleServiceApp::aRefusedSignInShowsOktasReason()
{
    // The settings ask for a scope the org no longer grants: Okta refuses the token, and the status bar says why.
    QVERIFY(m_sim->revokeClientScope(SimProcess::demoClientId(), QStringLiteral("okta.users.manage")));
    startConsole();
    QTRY_VERIFY_WITH_TIMEOUT(connectionState().contains(QStringLiteral("invalid_scope")), 20000);
    QVERIFY2(connectionState().startsWith(QStringLiteral("Okta: ")), qPrintable(connectionState()));
    QVERIFY(!connectionState().contains(QStringLiteral("PRIVATE")));
    QVERIFY(!connectionState().contains(QStringLiteral("Connected")));
}

void TestConsoleServiceApp::anUnusableKeyIsExplainedWithoutQuotingIt()
{
    const QByteArray garbage = "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5IGF0IGFsbA==\n-----END PRIVATE KEY-----\n";
    startConsole(OktaScopes::all(), garbage);
    QTRY_VERIFY_WITH_TIMEOUT(connectionState().startsWith(QStringLiteral("The service app cannot sign in: ")), 20000);
    QVERIFY(!connectionState().contains(QStringLiteral("bm90IGEga2V5")));
    QVERIFY(!connectionState().contains(QStringLiteral("PRIVATE KEY")));
}

void TestConsoleServiceApp::aServiceAppSetUpInSettingsIsUsedOnSave()
{
    // A console with nothing set up: the analyst opens Settings, makes the app's key pair, and the admin registers
    // its public key in Okta before the analyst saves.
    m_console = std::make_unique<Console>(std::make_unique<KeychainSecretStore>(kKeychainService));
    m_console->setAllowHttpLoopback(true);
    m_console->window()->show();
    m_console->start();
    QCOMPARE(connectionState(), QStringLiteral("Not configured: open Settings (Ctrl+,)"));
    SettingsDialog* dialog = m_console->openSettings();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("settingsTabWidget"));
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
    auto* orgUrl = dialog->findChild<QLineEdit*>(QStringLiteral("orgUrlLineEdit"));
    QTest::keyClicks(orgUrl, m_sim->baseUrl().toString());
    auto* mode = dialog->findChild<QComboBox*>(QStringLiteral("signInModeComboBox"));
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down);
    const QString clientId = QStringLiteral("0oa1savedinconsole");
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("clientIdLineEdit")), clientId);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("makeKeyPairButton")), Qt::LeftButton);
    const QJsonObject jwk =
        QJsonDocument::fromJson(
            dialog->findChild<QPlainTextEdit*>(QStringLiteral("publicKeyTextEdit"))->toPlainText().toUtf8())
            .object();
    QString error;
    QVERIFY2(m_sim->registerClient(
                 QJsonObject{{QStringLiteral("clientId"), clientId},
                             {QStringLiteral("jwks"), QJsonArray{jwk}},
                             {QStringLiteral("scopes"), QJsonArray::fromStringList(OktaScopes::all())},
                             {QStringLiteral("dpopRequired"), true},
                             {QStringLiteral("roles"),
                              QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("ORG_ADMIN")},
                                                     {QStringLiteral("assignmentType"), QStringLiteral("CLIENT")}}}}},
                 &error),
             qPrintable(error));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(connectionState(), QStringLiteral("Connected as service app %1").arg(clientId), 20000);
}

QTEST_MAIN(TestConsoleServiceApp)
#include "tst_consoleserviceapp.moc"
