#include "IncidentBuilder.h"
#include "SimProcess.h"
#include "TestFolders.h"
#include "containment/ActionListModel.h"
#include "containment/TimelineModel.h"
#include "gui/containment/ContainmentWidget.h"
#include "gui/containment/TimelineView.h"
#include "gui/desktop/Dialogs.h"
#include "okta/OktaClient.h"
#include "playbooks/UndoLedger.h"
#include "secrets/MemorySecretStore.h"
#include "store/AppSettings.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace cordon::core;
using cordon::gui::ContainmentWidget;
using cordon::gui::Dialogs;
using cordon::test::SimProcess;

namespace
{

const QString kRestricted = QStringLiteral("Limited Data Access");
const QString kIncident = QStringLiteral("edr:demo:4711");
constexpr int kRunTimeoutMs = 20000;

} // namespace

class TestContainmentWidget : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void containThenRelease();
    void dryRunSendsNothing();
    void failedActionShowsOktaAndRetries();
    void adminNeedsSecondConfirmation();
    void releaseLeavesSomeoneElsesSuspension();
    void releaseUndoesWhatTheLedgerHolds();
    void resumeSettlesUnfinishedJournal();
    void resumeAsksBeforeActingOnAnAdministrator();
    void windowStaysResponsiveWhileOktaIsSlow();
    void restrictedGroupSetInSettingsIsUsedAtOnce();

private:
    void startSim(const QStringList& args = {});
    OktaUser user(const QString& login);
    QPushButton* button(const QString& name) const { return m_widget->findChild<QPushButton*>(name); }
    QJsonObject simUser(const QString& login) { return m_sim->user(login); }
    bool inRestrictedGroup(const QString& login)
    {
        return simUser(login).value(QStringLiteral("groups")).toArray().contains(QJsonValue(m_groupId));
    }
    // Clicks the button and waits for the run the confirmation starts.
    bool clickAndWaitForRun(const QString& buttonName);
    // Types the group the Restrict and Remove from group buttons act on.
    void chooseGroup(const QString& group);

    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<TestFolders> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ContainmentWidget> m_widget;
    QString m_groupId;
};

void TestContainmentWidget::init()
{
    Dialogs::reset();
    m_dir = std::make_unique<TestFolders>();
    QVERIFY(m_dir->isValid());
    m_workspace = std::make_unique<Workspace>(std::make_unique<MemorySecretStore>(), m_dir->settings());
    QString error;
    QVERIFY2(m_workspace->openDatabase(&error, nullptr, m_dir->filePath(QStringLiteral("cordon.sqlite"))),
             qPrintable(error));
    QVERIFY(m_workspace->settings()->setRestrictedGroupName(kRestricted));
    m_widget = std::make_unique<ContainmentWidget>();
    m_widget->resize(900, 400);
    m_widget->show();
}

void TestContainmentWidget::startSim(const QStringList& args)
{
    m_sim = std::make_unique<SimProcess>();
    QString error;
    QVERIFY2(m_sim->start(args, &error), qPrintable(error));
    m_groupId = m_sim->groupId(kRestricted);
    QVERIFY(!m_groupId.isEmpty());
    m_workspace->okta()->setRetryBaseDelayMs(20);
    m_workspace->useOrg(m_sim->baseUrl(), SimProcess::demoToken().toUtf8());
    m_widget->setWorkspace(m_workspace.get());
}

void TestContainmentWidget::cleanup()
{
    m_widget.reset();
    m_workspace.reset();
    m_sim.reset();
    m_dir.reset();
    Dialogs::reset();
}

OktaUser TestContainmentWidget::user(const QString& login)
{
    OktaUser result;
    result.id = m_sim->userId(login);
    result.login = login;
    result.status = simUser(login).value(QStringLiteral("status")).toString();
    return result;
}

bool TestContainmentWidget::clickAndWaitForRun(const QString& buttonName)
{
    QSignalSpy finished(m_widget.get(), &ContainmentWidget::runFinished);
    QPushButton* target = button(buttonName);
    if (!target || !target->isEnabled()) {
        qWarning() << buttonName << "missing or disabled";
        return false;
    }
    QTest::mouseClick(target, Qt::LeftButton);
    return finished.wait(kRunTimeoutMs) || finished.count() > 0;
}

void TestContainmentWidget::chooseGroup(const QString& group)
{
    auto* combo = m_widget->findChild<QComboBox*>(QStringLiteral("restrictGroupComboBox"));
    QVERIFY(combo && combo->lineEdit());
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), group);
    QCOMPARE(m_widget->chosenGroup(), group);
}

void TestContainmentWidget::containThenRelease()
{
    startSim();
    const OktaUser joren = user(SimProcess::jorenLogin());
    QCOMPARE(joren.status, QStringLiteral("ACTIVE"));
    m_widget->setTarget(kIncident, joren);

    Dialogs::setNextAnswer(QMessageBox::Yes);
    QVERIFY(clickAndWaitForRun(QStringLiteral("containButton")));

    // One confirmation that says what happens to whom, with the Okta calls.
    const QString asked = Dialogs::lastText();
    QVERIFY2(asked.contains(SimProcess::jorenLogin()), qPrintable(asked));
    QVERIFY2(asked.contains(kRestricted), qPrintable(asked));
    // The exact Okta calls are one click away, behind the box's Show Details.
    const QString calls = Dialogs::lastDetailedText();
    QVERIFY2(calls.contains(QStringLiteral("POST /api/v1/users/%1/lifecycle/suspend").arg(joren.id)),
             qPrintable(calls));
    QVERIFY2(calls.contains(QStringLiteral("oauthTokens=true")), qPrintable(calls));
    QVERIFY2(!asked.contains(QStringLiteral("/api/v1/")), qPrintable(asked));

    ActionListModel* model = m_widget->actionModel();
    QCOMPARE(model->rowCount(), 3);
    for (const ActionResult& result : model->results()) {
        QVERIFY2(result.outcome == ActionResult::Outcome::Done, qPrintable(result.action.name()));
        QVERIFY(!result.requestId.isEmpty());
    }
    const QJsonObject contained = simUser(SimProcess::jorenLogin());
    QCOMPARE(contained.value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));
    QCOMPARE(contained.value(QStringLiteral("sessions")).toInt(), 0);
    QCOMPARE(contained.value(QStringLiteral("oauthTokens")).toInt(), 0);
    QVERIFY(inRestrictedGroup(SimProcess::jorenLogin()));
    QVERIFY(m_widget->findChild<QLabel*>(QStringLiteral("containmentTargetLabel"))
                ->text()
                .contains(QStringLiteral("SUSPENDED")));

    // Release undoes exactly what Cordon did.
    const QList<ContainmentAction> undo = m_widget->releaseActions();
    QCOMPARE(undo.size(), 2);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QVERIFY(clickAndWaitForRun(QStringLiteral("releaseButton")));
    QCOMPARE(simUser(SimProcess::jorenLogin()).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
    QVERIFY(!inRestrictedGroup(SimProcess::jorenLogin()));
    QVERIFY(m_widget->releaseActions().isEmpty());

    // The incident's timeline tells the story from the audit log.
    cordon::gui::TimelineView timeline;
    timeline.setSources(m_workspace->audit(), m_workspace->links());
    timeline.setIncident(IncidentBuilder::withId(kIncident).detectedAt(QDateTime::currentDateTimeUtc().addSecs(-3600)));
    QList<TimelineEvent::Kind> kinds;
    for (const TimelineEvent& event : timeline.model()->events()) {
        kinds << event.kind;
    }
    QCOMPARE(kinds.count(TimelineEvent::Kind::Detected), 1);
    QCOMPARE(kinds.count(TimelineEvent::Kind::Action), 3);
    QCOMPARE(kinds.count(TimelineEvent::Kind::Released), 2);
    QCOMPARE(kinds.constFirst(), TimelineEvent::Kind::Detected);
}

void TestContainmentWidget::dryRunSendsNothing()
{
    startSim();
    const OktaUser joren = user(SimProcess::jorenLogin());
    m_widget->setTarget(kIncident, joren);
    QTest::mouseClick(button(QStringLiteral("dryRunButton")), Qt::LeftButton);
    QVERIFY(m_widget->isPreparing());
    QTRY_VERIFY_WITH_TIMEOUT(!m_widget->isPreparing(), kRunTimeoutMs);
    ActionListModel* model = m_widget->actionModel();
    QCOMPARE(model->rowCount(), 3);
    for (const ActionResult& result : model->results()) {
        QCOMPARE(result.outcome, ActionResult::Outcome::Planned);
        QVERIFY(result.call.contains(joren.id));
    }
    QCOMPARE(m_sim->changesSent(), 0);
    QCOMPARE(simUser(SimProcess::jorenLogin()).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
    QVERIFY(AuditLog(*m_workspace->database()).entries().isEmpty());
}

void TestContainmentWidget::failedActionShowsOktaAndRetries()
{
    startSim();
    QVERIFY(m_sim->setFaults({QStringLiteral("POST /api/v1/users/*/lifecycle/suspend=503x9")}));
    m_widget->setTarget(kIncident, user(SimProcess::jorenLogin()));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QVERIFY(clickAndWaitForRun(QStringLiteral("containButton")));

    ActionListModel* model = m_widget->actionModel();
    ContainmentAction suspend;
    suspend.kind = ContainmentAction::Kind::Suspend;
    const int row = model->rowOf(suspend);
    QVERIFY(row >= 0);
    QCOMPARE(model->result(row).outcome, ActionResult::Outcome::Failed);
    const QString okta = model->index(row, ActionListModel::OktaColumn).data().toString();
    QVERIFY2(okta.contains(QStringLiteral("503")), qPrintable(okta));
    QVERIFY2(okta.contains(QStringLiteral("E0000010")), qPrintable(okta));
    QVERIFY2(okta.contains(model->result(row).error.requestId) && !model->result(row).error.requestId.isEmpty(),
             qPrintable(okta));
    QVERIFY(m_widget->findChild<QLabel*>(QStringLiteral("containmentStatusLabel"))
                ->text()
                .contains(QStringLiteral("FAILED")));
    // The other actions went through on their own.
    QVERIFY(inRestrictedGroup(SimProcess::jorenLogin()));

    const QList<QPushButton*> retries = m_widget->findChildren<QPushButton*>(QStringLiteral("retryButton"));
    QCOMPARE(retries.size(), 1);
    QVERIFY(m_sim->setFaults({}));
    QSignalSpy finished(m_widget.get(), &ContainmentWidget::runFinished);
    QTest::mouseClick(retries.constFirst(), Qt::LeftButton);
    QVERIFY(finished.wait(kRunTimeoutMs));
    QCOMPARE(model->result(model->rowOf(suspend)).outcome, ActionResult::Outcome::Done);
    QCOMPARE(simUser(SimProcess::jorenLogin()).value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));
    QTRY_COMPARE(m_widget->findChildren<QPushButton*>(QStringLiteral("retryButton")).size(), 0);
}

void TestContainmentWidget::adminNeedsSecondConfirmation()
{
    startSim();
    const QString alexLogin = QStringLiteral("alex.morgan@example.com");
    const OktaUser alex = user(alexLogin);
    m_widget->setTarget(kIncident, alex);

    // The first confirmation alone sends nothing for an administrator.
    Dialogs::setNextAnswer(QMessageBox::Yes);
    Dialogs::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(button(QStringLiteral("suspendButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_widget->isPreparing(), kRunTimeoutMs);
    QVERIFY2(Dialogs::lastText().contains(QStringLiteral("ADMINISTRATOR")), qPrintable(Dialogs::lastText()));
    QVERIFY(Dialogs::lastText().contains(alexLogin));
    QCOMPARE(m_widget->runningCount(), 0);
    QCOMPARE(m_sim->changesSent(), 0);

    // With the second one the call goes out.
    Dialogs::setNextAnswer(QMessageBox::Yes);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QVERIFY(clickAndWaitForRun(QStringLiteral("suspendButton")));
    bool sent = false;
    for (const QJsonValue& value : m_sim->requests()) {
        sent = sent || (value.toObject().value(QStringLiteral("method")).toString() == QLatin1String("POST") &&
                        value.toObject().value(QStringLiteral("path")).toString() ==
                            QStringLiteral("/api/v1/users/%1/lifecycle/suspend").arg(alex.id));
    }
    QVERIFY(sent);
}

void TestContainmentWidget::releaseLeavesSomeoneElsesSuspension()
{
    startSim();
    const QString priyaLogin = QStringLiteral("priya.raman@example.com");
    const OktaUser priya = user(priyaLogin);
    QCOMPARE(priya.status, QStringLiteral("SUSPENDED"));
    m_widget->setTarget(kIncident, priya);

    // In the demo org she is suspended and in the restricted group already: only her sessions are cleared.
    QVERIFY(inRestrictedGroup(priyaLogin));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QVERIFY(clickAndWaitForRun(QStringLiteral("containButton")));
    QVERIFY2(Dialogs::lastText().contains(QStringLiteral("not sent")), qPrintable(Dialogs::lastText()));
    ActionListModel* model = m_widget->actionModel();
    for (const ActionResult& result : model->results()) {
        QCOMPARE(result.outcome, result.action.kind == ContainmentAction::Kind::ClearSessions
                                     ? ActionResult::Outcome::Done
                                     : ActionResult::Outcome::Already);
    }

    // Cordon neither suspended her nor added the membership: Release has nothing to undo and sends nothing.
    QVERIFY(m_widget->releaseActions().isEmpty());
    const int sentBefore = m_sim->changesSent();
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(button(QStringLiteral("releaseButton")), Qt::LeftButton);
    QVERIFY2(Dialogs::lastText().contains(QStringLiteral("nothing to undo")), qPrintable(Dialogs::lastText()));
    QCOMPARE(m_sim->changesSent(), sentBefore);
    QCOMPARE(simUser(priyaLogin).value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));
    QVERIFY(inRestrictedGroup(priyaLogin));

    // Unsuspending anyway is the analyst's explicit choice, and the question says whose suspension it is.
    Dialogs::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(button(QStringLiteral("unsuspendButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_widget->isPreparing(), kRunTimeoutMs);
    QVERIFY2(Dialogs::lastText().contains(QStringLiteral("did not suspend")), qPrintable(Dialogs::lastText()));
    QCOMPARE(simUser(priyaLogin).value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));
}

void TestContainmentWidget::releaseUndoesWhatTheLedgerHolds()
{
    startSim();
    const OktaUser joren = user(SimProcess::jorenLogin());
    m_widget->setTarget(kIncident, joren);
    // The demo org has two groups named Contractors: each is chosen by its Okta id.
    const QStringList contractors{QStringLiteral("00gnR6rsMDkEv052xQEv"), QStringLiteral("00gG5fWqLjHlxnAHOuyO")};
    auto inGroup = [&](const QString& groupId) {
        return simUser(joren.login).value(QStringLiteral("groups")).toArray().contains(QJsonValue(groupId));
    };

    // Contain (the restricted group by its name), then two more groups in two runs, one removed again.
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QVERIFY(clickAndWaitForRun(QStringLiteral("containButton")));
    for (const QString& group : contractors) {
        chooseGroup(group);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QVERIFY(clickAndWaitForRun(QStringLiteral("restrictButton")));
        QVERIFY(inGroup(group));
    }
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QVERIFY(clickAndWaitForRun(QStringLiteral("removeGroupButton")));
    QVERIFY2(!Dialogs::lastText().contains(QStringLiteral("did not add")), qPrintable(Dialogs::lastText()));
    QVERIFY(!inGroup(contractors.at(1)));

    // Someone else lifts the suspension at Okta; a second Contain suspends again (the group is still there).
    QCOMPARE(m_sim->send("POST", QStringLiteral("/api/v1/users/%1/lifecycle/unsuspend").arg(joren.id)).status, 200);
    QSignalSpy read(m_widget.get(), &ContainmentWidget::preflightReady);
    m_widget->refreshPreflight();
    QVERIFY(read.wait(kRunTimeoutMs));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QVERIFY(clickAndWaitForRun(QStringLiteral("containButton")));
    QCOMPARE(simUser(joren.login).value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));

    // Release shows and sends what the undo ledger holds: the last change first, each once, groups by Okta id.
    const QList<ContainmentAction> ledger =
        UndoLedger(m_workspace->journal()->doneForIncident(kIncident, joren.id)).releaseActions();
    const QList<ContainmentAction> expected{{ContainmentAction::Kind::Unsuspend, {}},
                                            {ContainmentAction::Kind::RemoveGroup, contractors.at(0)},
                                            {ContainmentAction::Kind::RemoveGroup, m_groupId}};
    QCOMPARE(ledger, expected);
    QCOMPARE(m_widget->releaseActions(), ledger);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QVERIFY(clickAndWaitForRun(QStringLiteral("releaseButton")));

    // The confirmation names each group as Okta names it, in the same order.
    const QString asked = Dialogs::lastText();
    const qsizetype unsuspend = asked.indexOf(QStringLiteral("unsuspend %1").arg(joren.login), 0, Qt::CaseInsensitive);
    const qsizetype fromContractors = asked.indexOf(QStringLiteral("remove them from Contractors"));
    const qsizetype fromRestricted = asked.indexOf(QStringLiteral("remove them from %1").arg(kRestricted));
    QVERIFY2(unsuspend >= 0 && unsuspend < fromContractors && fromContractors < fromRestricted, qPrintable(asked));
    // The pane lists the same actions in the same order, each done, each group by its name at Okta.
    ActionListModel* model = m_widget->actionModel();
    QCOMPARE(model->rowCount(), expected.size());
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->result(row).action, expected.at(row));
        QCOMPARE(model->result(row).outcome, ActionResult::Outcome::Done);
    }
    QCOMPARE(model->index(1, ActionListModel::ActionColumn).data().toString(),
             QStringLiteral("Remove from group Contractors"));
    QCOMPARE(model->index(2, ActionListModel::ActionColumn).data().toString(),
             QStringLiteral("Remove from group %1").arg(kRestricted));
    QCOMPARE(simUser(joren.login).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
    QVERIFY(!inRestrictedGroup(joren.login));
    QVERIFY(!inGroup(contractors.at(0)));
    QVERIFY(m_widget->releaseActions().isEmpty());
}

void TestContainmentWidget::resumeSettlesUnfinishedJournal()
{
    startSim();
    const OktaUser joren = user(SimProcess::jorenLogin());
    JournalEntry entry;
    entry.runId = QStringLiteral("run-before-the-crash");
    entry.incidentId = kIncident;
    entry.oktaUserId = joren.id;
    entry.oktaLogin = joren.login;
    entry.action = QStringLiteral("suspend");
    QVERIFY(m_workspace->journal()->begin(entry) > 0);

    QSignalSpy resumed(m_widget.get(), &ContainmentWidget::journalResumed);
    m_widget->resumeJournal();
    QVERIFY(resumed.wait(kRunTimeoutMs));
    const QString message = resumed.constFirst().constFirst().toString();
    QVERIFY2(message.contains(QStringLiteral("suspend")) && message.contains(joren.login), qPrintable(message));
    QVERIFY(m_workspace->journal()->unfinished().isEmpty());
    QCOMPARE(simUser(joren.login).value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));

    // Nothing left: an empty message, at once.
    m_widget->resumeJournal();
    QCOMPARE(resumed.count(), 2);
    QVERIFY(resumed.constLast().constFirst().toString().isEmpty());
}

void TestContainmentWidget::resumeAsksBeforeActingOnAnAdministrator()
{
    startSim();
    const OktaUser alex = user(QStringLiteral("alex.morgan@example.com"));
    auto leaveOpen = [&] {
        JournalEntry entry;
        entry.runId = QStringLiteral("run-before-the-crash");
        entry.incidentId = kIncident;
        entry.oktaUserId = alex.id;
        entry.oktaLogin = alex.login;
        entry.action = QStringLiteral("suspend");
        return m_workspace->journal()->beginAll({entry}, Journal::Sent).size() == 1;
    };
    QSignalSpy resumed(m_widget.get(), &ContainmentWidget::journalResumed);

    // The analyst says no: nothing is sent and the entry is closed, so that the question is not asked again.
    QVERIFY(leaveOpen());
    Dialogs::setNextAnswer(QMessageBox::No);
    m_widget->resumeJournal();
    QVERIFY(resumed.wait(kRunTimeoutMs));
    QVERIFY2(Dialogs::lastText().contains(alex.login) && Dialogs::lastText().contains(QStringLiteral("admin")),
             qPrintable(Dialogs::lastText()));
    QCOMPARE(simUser(alex.login).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(m_sim->changesSent(), 0);
    QVERIFY(m_workspace->journal()->unfinished().isEmpty());

    // The analyst says yes: the suspension is sent, after Okta's state is read again.
    QVERIFY(leaveOpen());
    Dialogs::setNextAnswer(QMessageBox::Yes);
    m_widget->resumeJournal();
    QVERIFY(resumed.wait(kRunTimeoutMs));
    QCOMPARE(simUser(alex.login).value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));
    QVERIFY(m_workspace->journal()->unfinished().isEmpty());
    QVERIFY(m_workspace->audit()->verify().ok);
}

void TestContainmentWidget::windowStaysResponsiveWhileOktaIsSlow()
{
    startSim({QStringLiteral("--latency-ms"), QStringLiteral("1500")});
    m_widget->setTarget(kIncident, user(SimProcess::jorenLogin()));

    // A timer that must keep firing while Okta takes its time.
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(20);
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        longestGap = std::max(longestGap, now - last);
        last = now;
    });
    clock.start();
    ticker.start();
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QVERIFY(clickAndWaitForRun(QStringLiteral("containButton")));
    ticker.stop();
    // A dry run and a run: at least two slow round trips.
    QVERIFY2(clock.elapsed() >= 3000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(longestGap < 500, qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(longestGap)));
    QCOMPARE(simUser(SimProcess::jorenLogin()).value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));
}

void TestContainmentWidget::restrictedGroupSetInSettingsIsUsedAtOnce()
{
    // The analyst names another restricted group in Settings while the pane is open: the pane lists it and the
    // next Contain adds the user to it, not to the group named before.
    startSim();
    const QString engineering = m_sim->groupId(QStringLiteral("Engineering"));
    QVERIFY(!engineering.isEmpty());
    m_widget->setTarget(kIncident, user(SimProcess::jorenLogin()));
    auto* combo = m_widget->findChild<QComboBox*>(QStringLiteral("restrictGroupComboBox"));
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), kRestricted);

    QVERIFY(m_workspace->settings()->setRestrictedGroupName(QStringLiteral("Engineering")));
    QCOMPARE(combo->count(), 1);
    QCOMPARE(combo->currentText(), QStringLiteral("Engineering"));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QVERIFY(clickAndWaitForRun(QStringLiteral("containButton")));
    const QJsonArray groups = simUser(SimProcess::jorenLogin()).value(QStringLiteral("groups")).toArray();
    QVERIFY(groups.contains(QJsonValue(engineering)));
    QVERIFY(!groups.contains(QJsonValue(m_groupId)));

    // A group the analyst typed is kept when some other setting changes.
    chooseGroup(QStringLiteral("Contractors"));
    QVERIFY(m_workspace->settings()->setForgetDevices(false));
    QCOMPARE(m_widget->chosenGroup(), QStringLiteral("Contractors"));
}

QTEST_MAIN(TestContainmentWidget)
#include "tst_containmentwidget.moc"
