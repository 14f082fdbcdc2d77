#include "SimProcess.h"
#include "containment/ContainmentAction.h"
#include "containment/ContainmentContext.h"
#include "containment/ContainmentRunner.h"
#include "okta/OktaClient.h"
#include "playbooks/Playbook.h"
#include "playbooks/PlaybookEngine.h"
#include "playbooks/PlaybookStore.h"
#include "secrets/MemorySecretStore.h"
#include "store/AppSettings.h"
#include "store/Journal.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cordon::core;
using cordon::test::SimProcess;

// The workspace is what the console and cordonctl act through. Whatever the analyst changes while Cordon runs
// (a protected account added in Settings, another org) must hold for the very next action, not after a restart.
class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void nothingActsWithoutADatabase();
    void accountProtectedInSettingsIsRefusedAtOnce();
    void forgetDevicesFollowsTheSettings();
    void anotherOrgIsAskedWhoTheTokenActsAs();
    void changeSignalsOnlyWhatChanged();
    void playbooksSavedInSettingsReachTheEngine();

private:
    std::unique_ptr<Workspace> makeWorkspace(bool open = true);
    ContainmentReport contain(ContainmentContext* context,
                              const QString& userId,
                              ContainmentAction::Kind kind,
                              bool adminConfirmed = false);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestWorkspace::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Workspace> TestWorkspace::makeWorkspace(bool open)
{
    auto workspace = std::make_unique<Workspace>(
        std::make_unique<MemorySecretStore>(),
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("cordon.ini")), QSettings::IniFormat));
    workspace->okta()->setRetryBaseDelayMs(20);
    if (open) {
        QString error;
        if (!workspace->openDatabase(&error, nullptr, m_dir->filePath(QStringLiteral("cordon.sqlite")))) {
            qWarning() << "database:" << error;
            return {};
        }
    }
    return workspace;
}

ContainmentReport TestWorkspace::contain(ContainmentContext* context,
                                         const QString& userId,
                                         ContainmentAction::Kind kind,
                                         bool adminConfirmed)
{
    ContainmentRequest request;
    request.user = userId;
    request.adminConfirmed = adminConfirmed;
    ContainmentAction action;
    action.kind = kind;
    request.actions << action;
    request.incidentId = QStringLiteral("generic:test:1");
    ContainmentRunner runner(context, request);
    QSignalSpy finished(&runner, &ContainmentRunner::finished);
    runner.start();
    if (finished.isEmpty() && !finished.wait(30000)) {
        return {};
    }
    return finished.first().first().value<ContainmentReport>();
}

void TestWorkspace::nothingActsWithoutADatabase()
{
    // Every change is journaled before it is sent: without the database there is no context to act with, and
    // no playbook engine; a dry run still reads.
    const auto workspace = makeWorkspace(false);
    QVERIFY(workspace);
    QVERIFY(!workspace->containment());
    QVERIFY(!workspace->playbooks());
    QVERIFY(!workspace->journal());
    QVERIFY(!workspace->audit());
    QVERIFY(workspace->dryRun());
    QVERIFY(workspace->undoLedger(QStringLiteral("generic:test:1"), QStringLiteral("00u1")).releaseActions().isEmpty());
}

void TestWorkspace::accountProtectedInSettingsIsRefusedAtOnce()
{
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start({}, &error), qPrintable(error));
    const auto workspace = makeWorkspace();
    QVERIFY(workspace);
    workspace->useOrg(sim.baseUrl(), SimProcess::demoToken().toUtf8());
    const QString joren = sim.userId(SimProcess::jorenLogin());
    QVERIFY(!joren.isEmpty());

    // The analyst protects Joren in Settings while the console runs: the next click is refused, nothing sent.
    QVERIFY(workspace->settings()->setProtectedAccounts({SimProcess::jorenLogin()}));
    ContainmentReport report = contain(workspace->containment(), joren, ContainmentAction::Kind::Suspend);
    QCOMPARE(report.status, ContainmentReport::Status::Refused);
    QCOMPARE(sim.user(joren).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
    // A dry run says the same.
    report = contain(workspace->dryRun(), joren, ContainmentAction::Kind::Suspend);
    QCOMPARE(report.status, ContainmentReport::Status::Refused);

    // And the protection lifted is lifted at once too.
    QVERIFY(workspace->settings()->setProtectedAccounts({}));
    report = contain(workspace->containment(), joren, ContainmentAction::Kind::Suspend);
    QCOMPARE(report.status, ContainmentReport::Status::Completed);
    QCOMPARE(sim.user(joren).value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));
    QCOMPARE(workspace->undoLedger(QStringLiteral("generic:test:1"), joren).releaseActions().size(), 1);
}

void TestWorkspace::forgetDevicesFollowsTheSettings()
{
    const auto workspace = makeWorkspace();
    QVERIFY(workspace);
    QVERIFY(workspace->containment()->forgetDevices());
    QVERIFY(workspace->settings()->setForgetDevices(false));
    QVERIFY(!workspace->containment()->forgetDevices());
    QVERIFY(!workspace->dryRun()->forgetDevices());
}

void TestWorkspace::anotherOrgIsAskedWhoTheTokenActsAs()
{
    // Two orgs: in the second, the token acts as Joren himself, an administrator there. After the analyst switches to
    // it, containing Joren must be refused as the token's own account; an answer kept from the first org would let
    // Cordon lock itself out of the second.
    SimProcess first;
    QString error;
    QVERIFY2(first.start({}, &error), qPrintable(error));
    QFile demo(QStringLiteral(CORDON_SOURCE_DIR "/app/oktasim/demo/demo-org.json"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QJsonObject directory = QJsonDocument::fromJson(demo.readAll()).object();
    const QString joren = first.userId(SimProcess::jorenLogin());
    QVERIFY(!joren.isEmpty());
    QJsonObject tokens = directory.value(QStringLiteral("tokens")).toObject();
    QVERIFY(tokens.contains(SimProcess::demoToken()));
    // The token acts as Joren, who holds the service account's role there.
    const QString service = tokens.value(SimProcess::demoToken()).toString();
    tokens.insert(SimProcess::demoToken(), joren);
    directory.insert(QStringLiteral("tokens"), tokens);
    QJsonObject roles = directory.value(QStringLiteral("adminRoles")).toObject();
    QVERIFY(roles.contains(service));
    roles.insert(joren, roles.value(service));
    directory.insert(QStringLiteral("adminRoles"), roles);
    QFile file(m_dir->filePath(QStringLiteral("second-org.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(directory).toJson(QJsonDocument::Compact));
    file.close();
    SimProcess second;
    QVERIFY2(second.start({QStringLiteral("--directory"), file.fileName()}, &error), qPrintable(error));
    QCOMPARE(second.user(joren).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));

    const auto workspace = makeWorkspace();
    QVERIFY(workspace);
    workspace->useOrg(first.baseUrl(), SimProcess::demoToken().toUtf8());
    // In the first org the token acts as the service account: a dry run on Joren passes the guardrails.
    QCOMPARE(contain(workspace->containment(), joren, ContainmentAction::Kind::Suspend).status,
             ContainmentReport::Status::Completed);
    QCOMPARE(first.user(joren).value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));

    workspace->useOrg(second.baseUrl(), SimProcess::demoToken().toUtf8());
    // Even with the analyst's second confirmation for an administrator.
    const ContainmentReport report = contain(workspace->containment(), joren, ContainmentAction::Kind::Suspend, true);
    QCOMPARE(report.status, ContainmentReport::Status::Refused);
    QVERIFY2(report.message.contains(QStringLiteral("the API token acts as")), qPrintable(report.message));
    QCOMPARE(second.user(joren).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
}

void TestWorkspace::changeSignalsOnlyWhatChanged()
{
    const auto workspace = makeWorkspace(false);
    QVERIFY(workspace);
    AppSettings* settings = workspace->settings();
    QSignalSpy changed(settings, &AppSettings::changed);
    QVERIFY(settings->setRestrictedGroupName(QStringLiteral("Limited Data Access")));
    QCOMPARE(changed.size(), 1);
    QVERIFY(settings->setRestrictedGroupName(QStringLiteral("Limited Data Access")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(workspace->restrictedGroup(), QStringLiteral("Limited Data Access"));
    // A refused write (a secret) changes nothing and says nothing.
    QVERIFY(!settings->setValue(QStringLiteral("okta/apiToken"), QStringLiteral("x")));
    QCOMPARE(changed.size(), 1);
    QVERIFY(settings->setWebhookId(QStringLiteral("hook-1")));
    QVERIFY(settings->setWebhookId({}));
    QCOMPARE(changed.size(), 3);
    QVERIFY(settings->setWebhookId({}));
    QCOMPARE(changed.size(), 3);
}

void TestWorkspace::playbooksSavedInSettingsReachTheEngine()
{
    // The playbook dialog saves to the settings; the engine that runs on the feeds uses what was saved from the
    // next incident on, and an unreadable save is said, not swallowed.
    const auto workspace = makeWorkspace();
    QVERIFY(workspace);
    PlaybookEngine* engine = workspace->playbooks();
    QVERIFY(engine);
    QCOMPARE(workspace->playbooks(), engine);
    QList<Playbook> playbooks = Playbook::defaults();
    QVERIFY(!playbooks.isEmpty());
    QCOMPARE(engine->playbooks().size(), playbooks.size());
    playbooks[0].mode = Playbook::Mode::Automatic;
    playbooks.removeLast();
    QString error;
    QVERIFY2(PlaybookStore(workspace->settings()).save(playbooks, &error), qPrintable(error));
    QCOMPARE(engine->playbooks().size(), playbooks.size());
    QCOMPARE(engine->playbooks().first().mode, Playbook::Mode::Automatic);

    QSignalSpy unreadable(workspace.get(), &Workspace::playbooksUnreadable);
    QVERIFY(workspace->settings()->setPlaybooks(QJsonArray{QJsonObject{{QStringLiteral("id"), 7}}}));
    QVERIFY(!unreadable.isEmpty());
    QCOMPARE(engine->playbooks().size(), Playbook::defaults().size());

    // The window's layout and the theme are saved as the analyst drags a splitter or picks a colour: they
    // reach no rule, so nothing is read again and the broken playbooks are not reported once more each time.
    unreadable.clear();
    AppSettings::WindowLayout layout;
    layout.geometry = QByteArrayLiteral("geometry");
    QVERIFY(workspace->settings()->setWindowLayout(layout, QStringLiteral("1366x768")));
    QVERIFY(workspace->settings()->setTheme(QStringLiteral("dark")));
    QVERIFY(workspace->settings()->setLanguage(QStringLiteral("de")));
    QCOMPARE(unreadable.size(), 0);
    QVERIFY(workspace->settings()->setForgetDevices(false));
    QCOMPARE(unreadable.size(), 1);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
