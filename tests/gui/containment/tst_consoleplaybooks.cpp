#include "IncidentBuilder.h"
#include "SimProcess.h"
#include "TestFolders.h"
#include "feed/Incident.h"
#include "gui/Console.h"
#include "gui/containment/ActionPane.h"
#include "gui/containment/ContainmentWidget.h"
#include "gui/desktop/Dialogs.h"
#include "gui/incidents/MainWindow.h"
#include "gui/playbooks/PlaybookDialog.h"
#include "identity/IdentityParser.h"
#include "playbooks/Playbook.h"
#include "playbooks/PlaybookEngine.h"
#include "playbooks/PlaybookStore.h"
#include "secrets/MemorySecretStore.h"
#include "store/AppSettings.h"

#include <QCheckBox>
#include <QFile>
#include <QFrame>
#include <QJsonDocument>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cordon::core;
using cordon::gui::Console;
using cordon::gui::ContainmentWidget;
using cordon::gui::Dialogs;
using cordon::test::SimProcess;

namespace
{

const QString kIncident = QStringLiteral("generic:soc-test:pb-1");
const QString kRestricted = QStringLiteral("Limited Data Access");

Incident jorenIncident(Incident::State state)
{
    return IncidentBuilder(QStringLiteral("pb-1"), QStringLiteral("generic"), QStringLiteral("soc-test"))
        .title(QStringLiteral("Encoded PowerShell spawned by a spreadsheet macro"))
        .severity(Incident::Severity::Critical)
        .state(state)
        .detectedAt(QDateTime::currentDateTimeUtc().addSecs(-300))
        .host(QStringLiteral("LT-JOREN-01"))
        .userOnHost(QStringLiteral("AD_DOMAIN\\joren"));
}

} // namespace

// The whole console with its playbooks against cordon-okta-sim: a feed identifies a threat and the
// Contain playbook waits on the incident; the analyst confirms the user and reviews it; the feed later
// says the threat is remediated and the automatic Release playbook undoes what Cordon did, by itself.
class TestConsolePlaybooks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void identifiedAsksThenRemediatedReleases();
    void playbookEditorSaysWhatTheOrgDoesNotAllow();

private:
    // Writes the incident as a one-line NDJSON feed and has the console read it.
    void feed(const Incident& incident);
    QString simStatus() { return m_sim->user(m_jorenId).value(QStringLiteral("status")).toString(); }
    bool inRestrictedGroup()
    {
        return m_sim->user(m_jorenId).value(QStringLiteral("groups")).toArray().contains(QJsonValue(m_groupId));
    }

    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<TestFolders> m_dir;
    std::unique_ptr<Console> m_console;
    QString m_jorenId;
    QString m_groupId;
    int m_feeds = 0;
};

void TestConsolePlaybooks::init()
{
    Dialogs::reset();
    m_sim = std::make_unique<SimProcess>();
    QString error;
    QVERIFY2(m_sim->start({}, &error), qPrintable(error));
    m_jorenId = m_sim->userId(SimProcess::jorenLogin());
    m_groupId = m_sim->groupId(kRestricted);
    m_dir = std::make_unique<TestFolders>();

    m_console = std::make_unique<Console>(std::make_unique<MemorySecretStore>());
    // Contain asks (the default); Release runs by itself when the identity is exact.
    QList<Playbook> playbooks = Playbook::defaults();
    playbooks[1].mode = Playbook::Mode::Automatic;
    QString saveError;
    QVERIFY2(PlaybookStore(m_console->settings()).save(playbooks, &saveError), qPrintable(saveError));
    m_console->window()->resize(1500, 920);
    m_console->window()->show();
    m_console->startDemo(m_sim->baseUrl());
    QTRY_VERIFY_WITH_TIMEOUT(m_console->playbookEngine() != nullptr, 10000);
}

void TestConsolePlaybooks::cleanup()
{
    m_console.reset();
    m_sim.reset();
    m_dir.reset();
    Dialogs::reset();
}

void TestConsolePlaybooks::feed(const Incident& incident)
{
    const QString path = m_dir->filePath(QStringLiteral("feed-%1.ndjson").arg(++m_feeds));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(incident.toJson()).toJson(QJsonDocument::Compact) + '\n');
    file.close();
    m_console->loadFeed(path);
}

void TestConsolePlaybooks::identifiedAsksThenRemediatedReleases()
{
    cordon::gui::MainWindow* window = m_console->window();
    PlaybookEngine* engine = m_console->playbookEngine();
    QSignalSpy asked(engine, &PlaybookEngine::approvalNeeded);
    feed(jorenIncident(Incident::State::New));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(asked.cbegin(), asked.cend(),
                                         [](const QList<QVariant>& arguments) {
                                             return arguments.at(0).value<PendingApproval>().incident.id == kIncident;
                                         }),
                             20000);
    // Asking never acts.
    QCOMPARE(simStatus(), QStringLiteral("ACTIVE"));

    // The waiting playbook shows on its incident, and can be reviewed once the user is confirmed.
    QTRY_VERIFY_WITH_TIMEOUT(window->selectIncident(kIncident), 10000);
    cordon::gui::ActionPane* pane = window->actionPane();
    auto* bar = pane->findChild<QFrame*>(QStringLiteral("approvalFrame"));
    auto* review = pane->findChild<QPushButton*>(QStringLiteral("reviewApprovalButton"));
    QVERIFY(bar && review);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(pane->findChild<QLabel*>(QStringLiteral("approvalLabel"))->text().contains(QStringLiteral("Contain")));
    QVERIFY(!review->isEnabled());

    auto* confirm = window->findChild<QPushButton*>(QStringLiteral("confirmButton"));
    QVERIFY(confirm);
    QTRY_VERIFY_WITH_TIMEOUT(confirm->isEnabled() && confirm->text().contains(SimProcess::jorenLogin()), 20000);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY(review->isEnabled());

    ContainmentWidget* containment = pane->containment();
    QSignalSpy finished(containment, &ContainmentWidget::runFinished);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(review, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(simStatus(), QStringLiteral("SUSPENDED"));
    QVERIFY(inRestrictedGroup());
    QCOMPARE(m_sim->user(m_jorenId).value(QStringLiteral("sessions")).toInt(), 0);
    // Done: the playbook no longer waits.
    QTRY_VERIFY(!bar->isVisible());
    QVERIFY(engine->pendingApprovals().isEmpty() ||
            std::none_of(engine->pendingApprovals().cbegin(), engine->pendingApprovals().cend(),
                         [](const PendingApproval& pending) { return pending.incident.id == kIncident; }));

    // The feed says the threat is remediated: the automatic Release undoes what Cordon did, by itself.
    QSignalSpy ran(engine, &PlaybookEngine::playbookRan);
    feed(jorenIncident(Incident::State::Resolved));
    QTRY_VERIFY_WITH_TIMEOUT(!ran.isEmpty(), 20000);
    QCOMPARE(ran.first().at(0).toString(), kIncident);
    QCOMPARE(ran.first().at(1).toString(), QStringLiteral("release"));
    QTRY_COMPARE_WITH_TIMEOUT(simStatus(), QStringLiteral("ACTIVE"), 10000);
    QVERIFY(!inRestrictedGroup());
}

void TestConsolePlaybooks::playbookEditorSaysWhatTheOrgDoesNotAllow()
{
    // No incident's user probed yet: the editor asks about the acting admin, in an org without ITP.
    QVERIFY(m_sim->setItp(false));
    m_console->openPlaybooks();
    QPointer<cordon::gui::PlaybookDialog> dialog;
    QTRY_VERIFY((dialog = m_console->window()->findChild<cordon::gui::PlaybookDialog*>()));
    auto* risk = dialog->findChild<QCheckBox*>(QStringLiteral("riskHighCheckBox"));
    QVERIFY(risk);
    QTRY_VERIFY_WITH_TIMEOUT(risk->text().contains(QStringLiteral("unavailable")), 15000);
    QVERIFY2(risk->text().contains(QStringLiteral("Identity Threat Protection")), qPrintable(risk->text()));
    QVERIFY(!risk->isEnabled());
    QVERIFY(!dialog->findChild<QCheckBox*>(QStringLiteral("universalLogoutCheckBox"))->isEnabled());
    QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("expirePasswordCheckBox"))->isEnabled());
    dialog->close();
}

QTEST_MAIN(TestConsolePlaybooks)
#include "tst_consoleplaybooks.moc"
