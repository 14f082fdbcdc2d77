#include "containment/ActionListModel.h"
#include "containment/TimelineModel.h"
#include "store/AuditTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace cordon::core;

namespace
{

ContainmentAction action(ContainmentAction::Kind kind, const QString& group = {})
{
    ContainmentAction result;
    result.kind = kind;
    result.group = group;
    return result;
}

ActionResult result(ContainmentAction::Kind kind, ActionResult::Outcome outcome, const QString& group = {})
{
    ActionResult value;
    value.action = action(kind, group);
    value.outcome = outcome;
    return value;
}

AuditEntry auditEntry(const QString& incident, const QString& actionName, const QString& outcome, int minute)
{
    AuditEntry entry;
    entry.incidentId = incident;
    entry.oktaLogin = QStringLiteral("joren.m@example.com");
    entry.action = actionName;
    entry.outcome = outcome;
    entry.analyst = QStringLiteral("analyst");
    entry.time = QDateTime(QDate(2026, 3, 1), QTime(10, minute), Qt::UTC);
    entry.requestId = QStringLiteral("req-%1").arg(minute);
    return entry;
}

} // namespace

class TestContainmentModels : public QObject
{
    Q_OBJECT

private slots:
    void actionRowsFollowTheirAction();
    void failedRowShowsOktasAnswer();
    void timelineOrdersWhatHappened();
    void timelineLeavesOutOtherIncidents();
    void auditTableShowsEntries();
};

void TestContainmentModels::actionRowsFollowTheirAction()
{
    ActionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(QStringLiteral("joren.m@example.com"),
                     {result(ContainmentAction::Kind::Suspend, ActionResult::Outcome::Queued),
                      result(ContainmentAction::Kind::ClearSessions, ActionResult::Outcome::Queued),
                      result(ContainmentAction::Kind::AddGroup, ActionResult::Outcome::Queued,
                             QStringLiteral("Limited Data Access"))});
    QCOMPARE(model.rowCount(), 3);

    // An update finds its row by the action, whatever order the answers come in.
    model.updateResult(
        result(ContainmentAction::Kind::AddGroup, ActionResult::Outcome::Done, QStringLiteral("Limited Data Access")));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, 0).data(ActionListModel::OutcomeRole).toInt(),
             static_cast<int>(ActionResult::Outcome::Done));
    QCOMPARE(model.index(0, 0).data(ActionListModel::OutcomeRole).toInt(),
             static_cast<int>(ActionResult::Outcome::Queued));
    QVERIFY(model.index(2, ActionListModel::ActionColumn).data().toString().contains(QStringLiteral("Limited Data")));

    // An action not in the run is added at the end.
    model.updateResult(result(ContainmentAction::Kind::Unsuspend, ActionResult::Outcome::Sent));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOf(action(ContainmentAction::Kind::Unsuspend)), 3);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestContainmentModels::failedRowShowsOktasAnswer()
{
    ActionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ActionResult failed = result(ContainmentAction::Kind::Suspend, ActionResult::Outcome::Failed);
    failed.httpStatus = 503;
    failed.error.kind = OktaError::Kind::Http;
    failed.error.httpStatus = 503;
    failed.error.errorCode = QStringLiteral("E0000010");
    failed.error.errorSummary = QStringLiteral("Service is in read only mode");
    failed.error.requestId = QStringLiteral("req-503");
    ActionResult done = result(ContainmentAction::Kind::ClearSessions, ActionResult::Outcome::Done);
    done.httpStatus = 204;
    done.requestId = QStringLiteral("req-204");
    model.setResults(QStringLiteral("joren.m@example.com"), {failed, done});

    const QString okta = model.index(0, ActionListModel::OktaColumn).data().toString();
    QVERIFY2(okta.contains(QStringLiteral("E0000010")), qPrintable(okta));
    QVERIFY2(okta.contains(QStringLiteral("read only mode")), qPrintable(okta));
    QVERIFY2(okta.contains(QStringLiteral("req-503")), qPrintable(okta));
    QVERIFY(model.index(0, 0).data(ActionListModel::RetryableRole).toBool());
    QCOMPARE(model.index(0, 0).data(ActionListModel::ErrorCodeRole).toString(), QStringLiteral("E0000010"));
    QVERIFY(!model.index(1, 0).data(ActionListModel::RetryableRole).toBool());
    QVERIFY(model.index(1, ActionListModel::OktaColumn).data().toString().contains(QStringLiteral("req-204")));
    QVERIFY(model.index(0, ActionListModel::StateColumn).data().toString() !=
            model.index(1, ActionListModel::StateColumn).data().toString());
}

void TestContainmentModels::timelineOrdersWhatHappened()
{
    const QString incident = QStringLiteral("edr:acme:42");
    TimelineIncident times{incident, QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC),
                           QDateTime(QDate(2026, 3, 1), QTime(9, 5), Qt::UTC), QDateTime(),
                           QDateTime(QDate(2026, 3, 1), QTime(11, 0), Qt::UTC)};
    IdentityLink link;
    link.incidentId = incident;
    link.rawIdentity = QStringLiteral("AD_DOMAIN\\joren");
    link.oktaLogin = QStringLiteral("joren.m@example.com");
    link.analyst = QStringLiteral("priya");
    link.createdAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    AuditEntry failed = auditEntry(incident, QStringLiteral("suspend"), QStringLiteral("failed"), 40);
    failed.errorSummary = QStringLiteral("Okta answered HTTP 503 E0000010");
    const QList<AuditEntry> entries{auditEntry(incident, QStringLiteral("unsuspend"), QStringLiteral("done"), 50),
                                    failed,
                                    auditEntry(incident, QStringLiteral("suspend"), QStringLiteral("done"), 45)};

    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSources(times, entries, {link});
    QCOMPARE(model.rowCount(), 7);
    QList<TimelineEvent::Kind> kinds;
    for (int row = 0; row < model.rowCount(); ++row) {
        kinds << static_cast<TimelineEvent::Kind>(model.index(row, 0).data(TimelineModel::KindRole).toInt());
        if (row > 0) {
            QVERIFY(model.index(row - 1, 0).data(TimelineModel::TimeRole).toDateTime() <=
                    model.index(row, 0).data(TimelineModel::TimeRole).toDateTime());
        }
    }
    const QList<TimelineEvent::Kind> expected{TimelineEvent::Kind::Detected,  TimelineEvent::Kind::Reported,
                                              TimelineEvent::Kind::Matched,   TimelineEvent::Kind::Action,
                                              TimelineEvent::Kind::Action,    TimelineEvent::Kind::Released,
                                              TimelineEvent::Kind::Remediated};
    QCOMPARE(kinds, expected);
    // Who matched, and what Okta said when an action failed.
    QCOMPARE(model.index(2, TimelineModel::WhoColumn).data().toString(), QStringLiteral("priya"));
    QVERIFY(model.index(3, 0).data(TimelineModel::FailedRole).toBool());
    QVERIFY(model.index(3, TimelineModel::DetailColumn).data().toString().contains(QStringLiteral("E0000010")));
    QVERIFY(!model.index(4, 0).data(TimelineModel::FailedRole).toBool());
}

void TestContainmentModels::timelineLeavesOutOtherIncidents()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TimelineIncident times{QStringLiteral("a"), {}, {}, {}, {}};
    IdentityLink other;
    other.incidentId = QStringLiteral("b");
    other.createdAt = QDateTime::currentDateTimeUtc();
    model.setSources(times,
                     {auditEntry(QStringLiteral("b"), QStringLiteral("suspend"), QStringLiteral("done"), 1),
                      auditEntry(QStringLiteral("a"), QStringLiteral("refused"), QStringLiteral("admin"), 2)},
                     {other});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(TimelineModel::KindRole).toInt(), static_cast<int>(TimelineEvent::Kind::Refused));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestContainmentModels::auditTableShowsEntries()
{
    AuditTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AuditEntry failed = auditEntry(QStringLiteral("a"), QStringLiteral("suspend"), QStringLiteral("failed"), 3);
    failed.httpStatus = 503;
    failed.errorCode = QStringLiteral("E0000010");
    model.setEntries(
        {auditEntry(QStringLiteral("a"), QStringLiteral("clear-sessions"), QStringLiteral("done"), 1), failed});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), static_cast<int>(AuditTableModel::ColumnCount));
    QCOMPARE(model.index(1, AuditTableModel::ErrorColumn).data().toString(), QStringLiteral("E0000010"));
    QCOMPARE(model.index(1, AuditTableModel::RequestIdColumn).data().toString(), QStringLiteral("req-3"));
    QCOMPARE(model.index(1, AuditTableModel::HttpColumn).data().toInt(), 503);
    QVERIFY(model.index(1, 0).data(AuditTableModel::FailedRole).toBool());
    QVERIFY(!model.index(0, 0).data(AuditTableModel::FailedRole).toBool());
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestContainmentModels)
#include "tst_containmentmodels.moc"
