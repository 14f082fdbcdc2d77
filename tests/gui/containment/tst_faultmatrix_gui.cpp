#include "SimProcess.h"
#include "TestFolders.h"
#include "containment/ActionListModel.h"
#include "gui/containment/ContainmentWidget.h"
#include "gui/desktop/Dialogs.h"
#include "okta/OktaClient.h"
#include "secrets/MemorySecretStore.h"
#include "store/AppSettings.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cordon::core;
using cordon::gui::ContainmentWidget;
using cordon::gui::Dialogs;
using cordon::test::SimProcess;

// The console's side of the fault matrix (tests/cli/tst_faultmatrix.cpp has every row through cordonctl): a
// representative row of each kind of fault, with what the analyst reads in the containment pane. A failed
// action's row shows Okta's HTTP status, error code, summary and request id; a look-up that fails says that
// nothing was sent; a change that lost its answer stays in the journal.

namespace
{

const QString kRestricted = QStringLiteral("Limited Data Access");
constexpr int kAnswerTimeoutMs = 1500;
constexpr int kCeilingMs = 30000;

} // namespace

class TestFaultMatrixGui : public QObject
{
    Q_OBJECT

private slots:
    void matrix_data();
    void matrix();
};

void TestFaultMatrixGui::matrix_data()
{
    // rule: the fault, {user} and {group} standing for the Okta ids. action: the row that shows it, or empty
    // when a look-up stops the run. outcome: that row's. shown: what the row (or the status line) must say.
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("action");
    QTest::addColumn<ActionResult::Outcome>("outcome");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<bool>("requestId");
    QTest::addColumn<int>("unfinished");

    const QString suspend = QStringLiteral("POST /api/v1/users/{user}/lifecycle/suspend");
    QTest::newRow("503-always/suspend") << suspend + QStringLiteral("=503") << QStringLiteral("suspend")
                                        << ActionResult::Outcome::Failed
                                        << QStringList{QStringLiteral("HTTP 503"), QStringLiteral("E0000010"),
                                                       QStringLiteral("Service is in read only mode")}
                                        << true << 0;
    QTest::newRow("429-reset/suspend") << suspend + QStringLiteral("=429x1") << QStringLiteral("suspend")
                                       << ActionResult::Outcome::Done << QStringList{QStringLiteral("HTTP 200")} << true
                                       << 0;
    QTest::newRow("401-revoked/add-group")
        << QStringLiteral("PUT /api/v1/groups/{group}/users/{user}=401") << QStringLiteral("add-group:") + kRestricted
        << ActionResult::Outcome::Failed
        << QStringList{QStringLiteral("HTTP 401"), QStringLiteral("E0000011"), QStringLiteral("Invalid token provided")}
        << true << 0;
    QTest::newRow("403-scope/clear-sessions") << QStringLiteral("DELETE /api/v1/users/{user}/sessions=403")
                                              << QStringLiteral("clear-sessions") << ActionResult::Outcome::Failed
                                              << QStringList{QStringLiteral("HTTP 403"), QStringLiteral("E0000006"),
                                                             QStringLiteral("You do not have permission")}
                                              << true << 0;
    QTest::newRow("html/suspend") << suspend + QStringLiteral("=html") << QStringLiteral("suspend")
                                  << ActionResult::Outcome::Failed
                                  << QStringList{QStringLiteral("HTTP 502"), QStringLiteral("HTML page"),
                                                 QStringLiteral("502 Bad Gateway")}
                                  << false << 0;
    QTest::newRow("timeout/suspend") << suspend + QStringLiteral("=timeout") << QStringLiteral("suspend")
                                     << ActionResult::Outcome::Failed
                                     << QStringList{QStringLiteral("No answer within %1 ms").arg(kAnswerTimeoutMs)}
                                     << false << 1;
    QTest::newRow("badjson/suspend") << suspend + QStringLiteral("=badjson") << QStringLiteral("suspend")
                                     << ActionResult::Outcome::Done << QStringList{QStringLiteral("HTTP 200")} << true
                                     << 0;
    QTest::newRow("503-always/roles") << QStringLiteral("GET /api/v1/users/{user}/roles=503") << QString()
                                      << ActionResult::Outcome::Skipped
                                      << QStringList{QStringLiteral("admin roles"), QStringLiteral("HTTP 503"),
                                                     QStringLiteral("E0000010"), QStringLiteral("request id")}
                                      << true << 0;
}

void TestFaultMatrixGui::matrix()
{
    QFETCH(QString, rule);
    QFETCH(QString, action);
    QFETCH(ActionResult::Outcome, outcome);
    QFETCH(QStringList, shown);
    QFETCH(bool, requestId);
    QFETCH(int, unfinished);

    Dialogs::reset();
    TestFolders dir;
    QVERIFY(dir.isValid());
    Workspace workspace(std::make_unique<MemorySecretStore>(), dir.settings());
    QString error;
    QVERIFY2(workspace.openDatabase(&error, nullptr, dir.filePath(QStringLiteral("cordon.sqlite"))), qPrintable(error));
    QVERIFY(workspace.settings()->setRestrictedGroupName(kRestricted));
    Database& database = *workspace.database();

    SimProcess sim;
    QVERIFY2(sim.start({QStringLiteral("--rate-window-s"), QStringLiteral("2")}, &error), qPrintable(error));
    OktaUser joren;
    joren.id = sim.userId(SimProcess::jorenLogin());
    joren.login = SimProcess::jorenLogin();
    joren.status = QStringLiteral("ACTIVE");
    const QString groupId = sim.groupId(kRestricted);
    QVERIFY(!joren.id.isEmpty() && !groupId.isEmpty());
    QVERIFY(sim.setFaults(
        {QString(rule).replace(QLatin1String("{user}"), joren.id).replace(QLatin1String("{group}"), groupId)}));

    workspace.okta()->setTransferTimeoutMs(kAnswerTimeoutMs);
    workspace.okta()->setRetryBaseDelayMs(20);
    workspace.useOrg(sim.baseUrl(), SimProcess::demoToken().toUtf8());

    ContainmentWidget widget;
    widget.resize(1000, 420);
    widget.show();
    widget.setWorkspace(&workspace);
    widget.setTarget(QStringLiteral("edr:faultmatrix:1"), joren);

    QSignalSpy finished(&widget, &ContainmentWidget::runFinished);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(widget.findChild<QPushButton*>(QStringLiteral("containButton")), Qt::LeftButton);
    auto* status = widget.findChild<QLabel*>(QStringLiteral("containmentStatusLabel"));
    QVERIFY(status);
    ActionListModel* model = widget.actionModel();

    if (action.isEmpty()) {
        // The look-up before the run failed: the pane says why, with Okta's code and request id, and sends nothing.
        QTRY_VERIFY_WITH_TIMEOUT(!widget.isPreparing(), kCeilingMs);
        for (const QString& text : std::as_const(shown)) {
            QVERIFY2(status->text().contains(text), qPrintable(status->text()));
        }
        QVERIFY2(Dialogs::lastText().startsWith(QStringLiteral("Nothing was sent.")), qPrintable(Dialogs::lastText()));
        for (const ActionResult& result : model->results()) {
            QCOMPARE(result.outcome, outcome);
        }
        for (const QJsonValue& request : sim.requests()) {
            QCOMPARE(request.toObject().value(QLatin1String("method")).toString(), QStringLiteral("GET"));
        }
        return;
    }

    QVERIFY(finished.count() > 0 || finished.wait(kCeilingMs));
    QCOMPARE(model->rowCount(), 3);
    int faultedRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const ActionResult& result = model->result(row);
        const bool faulted = result.action.name() == action;
        faultedRow = faulted ? row : faultedRow;
        // One action's failure does not stop the others.
        QCOMPARE(result.outcome, faulted ? outcome : ActionResult::Outcome::Done);
    }
    QVERIFY(faultedRow >= 0);
    const QString text = model->index(faultedRow, ActionListModel::OktaColumn).data().toString();
    for (const QString& part : std::as_const(shown)) {
        QVERIFY2(text.contains(part), qPrintable(text));
    }
    const QString id = model->result(faultedRow).requestId;
    QCOMPARE(!id.isEmpty(), requestId);
    if (requestId) {
        QVERIFY2(text.contains(id), qPrintable(text));
    }
    if (outcome == ActionResult::Outcome::Failed) {
        QVERIFY2(status->text().contains(QStringLiteral("FAILED")), qPrintable(status->text()));
        QCOMPARE(model->index(faultedRow, ActionListModel::OktaColumn).data(ActionListModel::RetryableRole).toBool(),
                 true);
    }
    QCOMPARE(Journal(database).unfinished().size(), unfinished);
    // The audit log has the row's outcome with the same request id, and its chain holds.
    AuditLog audit(database);
    bool audited = false;
    for (const AuditEntry& entry : audit.entries()) {
        audited = audited || (entry.action == action && entry.outcome == ActionResult::outcomeName(outcome) &&
                              entry.requestId == id);
    }
    QVERIFY(audited);
    QVERIFY(audit.verify().ok);
}

QTEST_MAIN(TestFaultMatrixGui)
#include "tst_faultmatrix_gui.moc"
