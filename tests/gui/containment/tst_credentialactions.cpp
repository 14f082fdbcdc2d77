#include "IncidentBuilder.h"
#include "SimProcess.h"
#include "TestFolders.h"
#include "containment/ActionListModel.h"
#include "containment/TimelineModel.h"
#include "gui/containment/ContainmentWidget.h"
#include "gui/containment/CredentialActionDialog.h"
#include "gui/containment/TimelineView.h"
#include "gui/desktop/Dialogs.h"
#include "okta/OktaClient.h"
#include "playbooks/Playbook.h"
#include "secrets/MemorySecretStore.h"
#include "store/AppSettings.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>
#include <memory>

using namespace cordon::core;
using cordon::gui::ContainmentWidget;
using cordon::gui::CredentialActionDialog;
using cordon::gui::Dialogs;
using cordon::test::SimProcess;

namespace
{

const QString kIncident = QStringLiteral("edr:demo:sb-20931");
// The demo feed's first incident on Joren's laptop was detected before he enrolled the new phone.
const QDateTime kDetectedAt = QDateTime::fromString(QStringLiteral("2026-11-27T08:14:10.000Z"), Qt::ISODateWithMs);
constexpr int kRunTimeoutMs = 20000;

} // namespace

// The console's More actions against the simulator: what the menu offers and why not, each confirmation's blast
// radius and plan, and that only a confirmed action reaches Okta.
class TestCredentialActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void menuListsTheCredentialActions();
    void withoutItpRiskAndLogoutAreDisabledWithTheReason();
    void removeRecentFactorsNamesThePhoneAndCancelSendsNothing();
    void removeRecentFactorsRemovesOnlyThePhone();
    void refusedRiskReasonIsSaidAndNothingSent();
    void expirePasswordWithSuspendRunsAfterTheSuspension();
    void raisedRiskIsLoweredToLowAtRelease();
    void failedLogoutShowsOktasAnswerAndIsSentOnce();

private:
    void startSim(bool itp = true);
    QToolButton* moreButton() const { return m_widget->findChild<QToolButton*>(QStringLiteral("moreActionsButton")); }
    QAction* menuAction(const QString& name) const { return moreButton()->menu()->findChild<QAction*>(name); }
    // Opens More actions with the mouse and clicks the action (the menu runs its own event loop).
    void choose(const QString& actionName);
    // Runs act on the credential confirmation once it shows: it is modal, so this runs inside its event loop.
    void whenConfirmationShows(const std::function<void(CredentialActionDialog*)>& act);
    QStringList simFactorIds(const QString& login);

    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<TestFolders> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ContainmentWidget> m_widget;
    OktaUser m_joren;
};

void TestCredentialActions::init()
{
    Dialogs::reset();
    m_dir = std::make_unique<TestFolders>();
    QVERIFY(m_dir->isValid());
    m_workspace = std::make_unique<Workspace>(std::make_unique<MemorySecretStore>(), m_dir->settings());
    QString error;
    QVERIFY2(m_workspace->openDatabase(&error, nullptr, m_dir->filePath(QStringLiteral("cordon.sqlite"))),
             qPrintable(error));
    m_widget = std::make_unique<ContainmentWidget>();
    m_widget->resize(900, 400);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

void TestCredentialActions::cleanup()
{
    m_widget.reset();
    m_workspace.reset();
    m_sim.reset();
    m_dir.reset();
    Dialogs::reset();
}

void TestCredentialActions::startSim(bool itp)
{
    m_sim = std::make_unique<SimProcess>();
    QString error;
    QVERIFY2(m_sim->start(itp ? QStringList() : QStringList{QStringLiteral("--itp"), QStringLiteral("off")}, &error),
             qPrintable(error));
    m_workspace->okta()->setRetryBaseDelayMs(20);
    m_workspace->useOrg(m_sim->baseUrl(), SimProcess::demoToken().toUtf8());
    m_widget->setWorkspace(m_workspace.get());
    m_joren.id = m_sim->userId(SimProcess::jorenLogin());
    m_joren.login = SimProcess::jorenLogin();
    m_joren.status = m_sim->user(m_joren.login).value(QStringLiteral("status")).toString();
    QSignalSpy probed(m_widget.get(), &ContainmentWidget::credentialsProbed);
    m_widget->setIncidentDetails(kDetectedAt, QStringLiteral("Suspicious sign-in: new MFA device (ticket #4711)"));
    m_widget->setTarget(kIncident, m_joren);
    QVERIFY(probed.wait(kRunTimeoutMs) || !probed.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(moreButton()->isEnabled(), kRunTimeoutMs);
}

void TestCredentialActions::choose(const QString& actionName)
{
    QToolButton* more = moreButton();
    QMenu* menu = more->menu();
    QAction* action = menuAction(actionName);
    QVERIFY(action);
    QVERIFY2(action->isEnabled(), qPrintable(action->text()));
    QTimer::singleShot(0, menu, [menu, action] {
        QVERIFY(menu->isVisible());
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    });
    QTest::mouseClick(more, Qt::LeftButton);
}

void TestCredentialActions::whenConfirmationShows(const std::function<void(CredentialActionDialog*)>& act)
{
    auto* timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [this, timer, act] {
        auto* dialog = m_widget->findChild<CredentialActionDialog*>();
        if (!dialog || !dialog->isVisible()) {
            return;
        }
        timer->stop();
        timer->deleteLater();
        act(dialog);
    });
    timer->start();
}

QStringList TestCredentialActions::simFactorIds(const QString& login)
{
    QStringList ids;
    for (const QJsonValue& factor : m_sim->user(login).value(QStringLiteral("factors")).toArray()) {
        ids << factor.toObject().value(QStringLiteral("id")).toString();
    }
    ids.sort();
    return ids;
}

void TestCredentialActions::menuListsTheCredentialActions()
{
    startSim();
    QMenu* menu = moreButton()->menu();
    QStringList texts;
    for (const QAction* action : menu->actions()) {
        if (!action->isSeparator()) {
            texts << action->text();
            QVERIFY2(action->isEnabled(), qPrintable(action->text()));
        }
    }
    QCOMPARE(texts.size(), 6);
    QVERIFY2(texts.at(0).startsWith(QStringLiteral("Set user risk")), qPrintable(texts.at(0)));
    QVERIFY2(texts.at(1).startsWith(QStringLiteral("Universal Logout")), qPrintable(texts.at(1)));
    QVERIFY2(texts.at(2).startsWith(QStringLiteral("Remove MFA factors")), qPrintable(texts.at(2)));
    QVERIFY2(texts.at(3).startsWith(QStringLiteral("Reset all MFA factors")), qPrintable(texts.at(3)));
    QVERIFY2(texts.at(4).startsWith(QStringLiteral("Expire password")), qPrintable(texts.at(4)));
    // The undo of a raised risk, and why not NONE.
    QVERIFY2(texts.at(5).startsWith(QStringLiteral("Lower risk to LOW")), qPrintable(texts.at(5)));
    QVERIFY(menuAction(QStringLiteral("lowerRiskAction"))->toolTip().contains(QStringLiteral("NONE")));

    // The menu opens under the mouse and Escape closes it, sending nothing.
    QTimer::singleShot(0, menu, [menu] {
        QVERIFY(menu->isVisible());
        QTest::keyClick(menu, Qt::Key_Escape);
    });
    QTest::mouseClick(moreButton(), Qt::LeftButton);
    QTRY_VERIFY(!menu->isVisible());
    QCOMPARE(m_sim->changesSent(), 0);
}

void TestCredentialActions::withoutItpRiskAndLogoutAreDisabledWithTheReason()
{
    startSim(false);
    for (const QString& name : {QStringLiteral("setRiskAction"), QStringLiteral("lowerRiskAction")}) {
        QAction* risk = menuAction(name);
        QVERIFY(!risk->isEnabled());
        // The reason in the menu text itself, and in the tool tip.
        QVERIFY2(risk->text().contains(QStringLiteral("unavailable")), qPrintable(risk->text()));
        QVERIFY2(risk->text().contains(QStringLiteral("Identity Threat Protection")), qPrintable(risk->text()));
        QVERIFY2(risk->toolTip().contains(QStringLiteral("Identity Threat Protection")), qPrintable(risk->toolTip()));
    }
    QVERIFY(!m_widget->credentialCapabilities().allows(ContainmentAction::Kind::SetRisk));
    QAction* logout = menuAction(QStringLiteral("universalLogoutAction"));
    QVERIFY2(!logout->isEnabled(), qPrintable(logout->text()));
    QVERIFY2(logout->text().contains(QStringLiteral("unavailable: ")), qPrintable(logout->text()));
    // The factor and password actions need no licence.
    QVERIFY(menuAction(QStringLiteral("revokeFactorsAction"))->isEnabled());
    QVERIFY(menuAction(QStringLiteral("expirePasswordAction"))->isEnabled());
    QVERIFY(moreButton()->toolTip().contains(QStringLiteral("Identity Threat Protection")));
    QCOMPARE(m_sim->changesSent(), 0);
}

void TestCredentialActions::removeRecentFactorsNamesThePhoneAndCancelSendsNothing()
{
    startSim();
    const QStringList before = simFactorIds(m_joren.login);
    QCOMPARE(before.size(), 2);
    QString blast;
    QString plan;
    QString since;
    whenConfirmationShows([&](CredentialActionDialog* dialog) {
        blast = dialog->findChild<QLabel*>(QStringLiteral("blastRadiusLabel"))->text();
        plan = dialog->findChild<QLabel*>(QStringLiteral("planLabel"))->text();
        since = dialog->action().since.toUTC().toString(Qt::ISODate);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelCredentialActionButton")),
                          Qt::LeftButton);
    });
    choose(QStringLiteral("revokeFactorsAction"));
    QTRY_VERIFY_WITH_TIMEOUT(!since.isEmpty() && !m_widget->findChild<CredentialActionDialog*>(), kRunTimeoutMs);
    // The incident's detection time is the default.
    QCOMPARE(since, QStringLiteral("2026-11-27T08:14:10Z"));
    QVERIFY2(blast.contains(QStringLiteral("a release does not restore them")), qPrintable(blast));
    // The new phone, with its enrolment time; not the old Okta Verify.
    QVERIFY2(plan.contains(SimProcess::jorenNewPhoneFactorId()), qPrintable(plan));
    QVERIFY2(plan.contains(QStringLiteral("2026-11-27T08:27:53")), qPrintable(plan));
    QVERIFY2(!plan.contains(SimProcess::jorenOktaVerifyFactorId()), qPrintable(plan));
    QCOMPARE(m_sim->changesSent(), 0);
    QCOMPARE(simFactorIds(m_joren.login), before);
    QVERIFY(m_widget->findChild<QLabel*>(QStringLiteral("containmentStatusLabel"))
                ->text()
                .contains(QStringLiteral("nothing was sent")));
}

void TestCredentialActions::removeRecentFactorsRemovesOnlyThePhone()
{
    startSim();
    QSignalSpy finished(m_widget.get(), &ContainmentWidget::runFinished);
    whenConfirmationShows([](CredentialActionDialog* dialog) {
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("confirmCredentialActionButton"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    choose(QStringLiteral("revokeFactorsAction"));
    QVERIFY(finished.wait(kRunTimeoutMs) || !finished.isEmpty());
    QCOMPARE(simFactorIds(m_joren.login), QStringList{SimProcess::jorenOktaVerifyFactorId()});
    ActionListModel* model = m_widget->actionModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->result(0).action.kind, ContainmentAction::Kind::RevokeFactorsSince);
    QCOMPARE(model->result(0).outcome, ActionResult::Outcome::Done);
    QCOMPARE(model->data(model->index(0, ActionListModel::StateColumn)).toString(), QStringLiteral("done"));
    QVERIFY2(model->data(model->index(0, ActionListModel::ActionColumn))
                 .toString()
                 .contains(QStringLiteral("2026-11-27T08:14:10")),
             qPrintable(model->data(model->index(0, ActionListModel::ActionColumn)).toString()));
    // Exactly one DELETE, of the phone.
    int deletes = 0;
    for (const QJsonValue& value : m_sim->requests()) {
        if (value.toObject().value(QStringLiteral("method")).toString() == QLatin1String("DELETE")) {
            ++deletes;
            QVERIFY(value.toObject()
                        .value(QStringLiteral("path"))
                        .toString()
                        .endsWith(SimProcess::jorenNewPhoneFactorId()));
        }
    }
    QCOMPARE(deletes, 1);
    // Nothing to release: removed factors stay removed, and Release does not send the removal again.
    QVERIFY(m_widget->releaseActions().isEmpty());

    // The incident's timeline reads it as a person would, with the factor removed.
    cordon::gui::TimelineView timeline;
    timeline.setSources(m_workspace->audit(), m_workspace->links());
    timeline.setIncident(IncidentBuilder::withId(kIncident).detectedAt(kDetectedAt));
    QStringList actions;
    for (const TimelineEvent& event : timeline.model()->events()) {
        if (event.kind == TimelineEvent::Kind::Action) {
            actions << event.what + QStringLiteral(" | ") + event.detail;
        }
    }
    QVERIFY2(!actions.isEmpty(), "no action in the timeline");
    const QString shown = actions.join(QLatin1Char('\n'));
    QVERIFY2(shown.contains(QStringLiteral("Remove MFA factors enrolled since 2026-11-27T08:14:10Z")),
             qPrintable(shown));
    QVERIFY2(shown.contains(SimProcess::jorenNewPhoneFactorId()), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("revoke-factors-since")), qPrintable(shown));
}

void TestCredentialActions::refusedRiskReasonIsSaidAndNothingSent()
{
    startSim();
    QString prefilled;
    QString problem;
    bool stillOpen = false;
    whenConfirmationShows([&](CredentialActionDialog* dialog) {
        auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("riskReasonEdit"));
        prefilled = reason->text();
        reason->selectAll();
        QTest::keyClicks(reason, QStringLiteral("stolen <script> token"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("confirmCredentialActionButton")),
                          Qt::LeftButton);
        problem = dialog->findChild<QLabel*>(QStringLiteral("problemLabel"))->text();
        stillOpen = dialog->isVisible();
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelCredentialActionButton")),
                          Qt::LeftButton);
    });
    choose(QStringLiteral("setRiskAction"));
    QTRY_VERIFY_WITH_TIMEOUT(!prefilled.isEmpty() && !m_widget->findChild<CredentialActionDialog*>(), kRunTimeoutMs);
    // Made from the incident, in Okta's characters: the # and the colon are gone.
    QVERIFY2(prefilled.contains(QStringLiteral("sb-20931")), qPrintable(prefilled));
    QVERIFY2(riskReasonProblem(prefilled).isEmpty(), qPrintable(prefilled));
    QVERIFY(stillOpen);
    QVERIFY2(problem.startsWith(QStringLiteral("Nothing was sent")), qPrintable(problem));
    QCOMPARE(m_sim->changesSent(), 0);
}

void TestCredentialActions::expirePasswordWithSuspendRunsAfterTheSuspension()
{
    startSim();
    Playbook playbook;
    playbook.id = QStringLiteral("lock-out");
    playbook.name = QStringLiteral("Lock out");
    playbook.actions = {ContainmentAction(ContainmentAction::Kind::ExpirePassword),
                        ContainmentAction(ContainmentAction::Kind::Suspend)};
    QSignalSpy finished(m_widget.get(), &ContainmentWidget::runFinished);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    m_widget->runPlaybook(playbook);
    QVERIFY(finished.wait(kRunTimeoutMs) || !finished.isEmpty());
    // The confirmation says the order.
    QVERIFY2(Dialogs::lastText().contains(QStringLiteral("after the lifecycle change")),
             qPrintable(Dialogs::lastText()));
    QStringList order;
    for (const QJsonValue& value : m_sim->requests()) {
        const QString path = value.toObject().value(QStringLiteral("path")).toString();
        if (path.endsWith(QLatin1String("/lifecycle/suspend")) ||
            path.endsWith(QLatin1String("/lifecycle/expire_password"))) {
            order << path.section(QLatin1Char('/'), -1);
        }
    }
    QCOMPARE(order, (QStringList{QStringLiteral("suspend"), QStringLiteral("expire_password")}));
    for (const ActionResult& result : m_widget->actionModel()->results()) {
        QVERIFY2(result.succeeded(), qPrintable(result.action.name() + QLatin1Char(' ') + result.error.message()));
    }
}

void TestCredentialActions::raisedRiskIsLoweredToLowAtRelease()
{
    startSim();
    QVERIFY(m_widget->releaseActions().isEmpty());
    QSignalSpy finished(m_widget.get(), &ContainmentWidget::runFinished);
    QString level;
    whenConfirmationShows([&level](CredentialActionDialog* dialog) {
        auto* levels = dialog->findChild<QComboBox*>(QStringLiteral("riskLevelComboBox"));
        level = levels->currentText();
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("confirmCredentialActionButton"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    choose(QStringLiteral("setRiskAction"));
    QVERIFY(finished.wait(kRunTimeoutMs) || !finished.isEmpty());
    QCOMPARE(level, QStringLiteral("HIGH"));
    const QJsonObject raised = m_sim->user(m_joren.login);
    QCOMPARE(raised.value(QStringLiteral("riskLevel")).toString(), QStringLiteral("HIGH"));
    // The reason Okta recorded is the incident's, in Okta's characters.
    QVERIFY2(raised.value(QStringLiteral("riskReason")).toString().contains(QStringLiteral("sb-20931")),
             qPrintable(raised.value(QStringLiteral("riskReason")).toString()));
    QVERIFY(m_widget->riskRaisedByCordon());

    // Release lowers it to LOW, and says Okta cannot set NONE.
    ContainmentAction low(ContainmentAction::Kind::SetRisk);
    low.riskLevel = QStringLiteral("LOW");
    QCOMPARE(m_widget->releaseActions(), QList<ContainmentAction>{low});
    finished.clear();
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(m_widget->findChild<QPushButton*>(QStringLiteral("releaseButton")), Qt::LeftButton);
    QVERIFY(finished.wait(kRunTimeoutMs) || !finished.isEmpty());
    QVERIFY2(Dialogs::lastText().contains(QStringLiteral("NONE")), qPrintable(Dialogs::lastText()));
    QCOMPARE(m_sim->user(m_joren.login).value(QStringLiteral("riskLevel")).toString(), QStringLiteral("LOW"));
    QVERIFY(!m_widget->riskRaisedByCordon());
    QVERIFY(m_widget->releaseActions().isEmpty());
}

void TestCredentialActions::failedLogoutShowsOktasAnswerAndIsSentOnce()
{
    startSim();
    QVERIFY(m_sim->setFaults({QStringLiteral("POST /oauth2/v1/global-token-revocation=503x9")}));
    QSignalSpy finished(m_widget.get(), &ContainmentWidget::runFinished);
    QString blast;
    whenConfirmationShows([&blast](CredentialActionDialog* dialog) {
        blast = dialog->findChild<QLabel*>(QStringLiteral("blastRadiusLabel"))->text();
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("confirmCredentialActionButton")),
                          Qt::LeftButton);
    });
    choose(QStringLiteral("universalLogoutAction"));
    QVERIFY(finished.wait(kRunTimeoutMs) || !finished.isEmpty());
    // The confirmation said it reaches beyond Okta.
    QVERIFY2(blast.contains(QStringLiteral("every app")), qPrintable(blast));
    ActionListModel* model = m_widget->actionModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->result(0).outcome, ActionResult::Outcome::Failed);
    const QString okta = model->index(0, ActionListModel::OktaColumn).data().toString();
    QVERIFY2(okta.contains(QStringLiteral("503")), qPrintable(okta));
    QVERIFY2(okta.contains(QStringLiteral("E0000")), qPrintable(okta));
    QVERIFY2(!model->result(0).error.requestId.isEmpty() && okta.contains(model->result(0).error.requestId),
             qPrintable(okta));
    QVERIFY(m_widget->findChild<QLabel*>(QStringLiteral("containmentStatusLabel"))
                ->text()
                .contains(QStringLiteral("FAILED")));
    // Not repeatable, so never retried by itself: one request reached Okta.
    int sent = 0;
    for (const QJsonValue& value : m_sim->requests()) {
        sent += value.toObject().value(QStringLiteral("path")).toString() ==
                QLatin1String("/oauth2/v1/global-token-revocation");
    }
    QCOMPARE(sent, 1);
}

QTEST_MAIN(TestCredentialActions)
#include "tst_credentialactions.moc"
