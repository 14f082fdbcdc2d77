#include "CordonCtl.h"
#include "SimProcess.h"
#include "okta/OktaScopes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using cordon::core::OktaScopes;
using cordon::test::CordonCtl;
using cordon::test::CtlRun;
using cordon::test::SimProcess;

// The scope table holds for the calls cordonctl really makes: each action is run alone against the simulator,
// and every request it sent must be in the table, with a scope that action's step lists. A call added to the
// client and not to the table fails here, before a service app without that scope finds it.
class TestCordonCtlScopes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCallOfAnActionIsInItsStep_data();
    void everyCallOfAnActionIsInItsStep();

private:
    SimProcess m_sim;
    QString m_joren;
};

void TestCordonCtlScopes::initTestCase()
{
    QString error;
    QVERIFY2(m_sim.start({}, &error), qPrintable(error));
    m_joren = m_sim.userId(SimProcess::jorenLogin());
    QVERIFY(!m_joren.isEmpty());
}

void TestCordonCtlScopes::everyCallOfAnActionIsInItsStep_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("step");
    QTest::newRow("clear-sessions") << QStringLiteral("contain") << QStringLiteral("clear-sessions")
                                    << int(OktaScopes::Step::ClearSessions);
    QTest::newRow("suspend") << QStringLiteral("contain") << QStringLiteral("suspend")
                             << int(OktaScopes::Step::Suspend);
    QTest::newRow("add-group") << QStringLiteral("contain") << QStringLiteral("add-group:Limited Data Access")
                               << int(OktaScopes::Step::AddToGroup);
    QTest::newRow("unsuspend") << QStringLiteral("release") << QStringLiteral("unsuspend")
                               << int(OktaScopes::Step::Unsuspend);
    QTest::newRow("remove-group") << QStringLiteral("release") << QStringLiteral("remove-group:Limited Data Access")
                                  << int(OktaScopes::Step::RemoveFromGroup);
    QTest::newRow("risk") << QStringLiteral("contain") << QStringLiteral("risk:HIGH") << int(OktaScopes::Step::SetRisk);
    QTest::newRow("universal-logout") << QStringLiteral("contain") << QStringLiteral("universal-logout")
                                      << int(OktaScopes::Step::UniversalLogout);
    QTest::newRow("revoke-factors-since")
        << QStringLiteral("contain") << QStringLiteral("revoke-factors-since:") + SimProcess::jorenNewPhoneEnrolledAt()
        << int(OktaScopes::Step::RevokeFactors);
    QTest::newRow("reset-factors") << QStringLiteral("contain") << QStringLiteral("reset-factors")
                                   << int(OktaScopes::Step::ResetFactors);
    QTest::newRow("expire-password") << QStringLiteral("contain") << QStringLiteral("expire-password")
                                     << int(OktaScopes::Step::ExpirePassword);
}

void TestCordonCtlScopes::everyCallOfAnActionIsInItsStep()
{
    QFETCH(QString, command);
    QFETCH(QString, action);
    QFETCH(int, step);
    m_sim.reset();
    CordonCtl ctl(m_sim.baseUrl());
    if (command == QLatin1String("release")) {
        // Something to release: the user suspended and in the group, by an earlier run.
        const CtlRun contain = ctl.run(
            {QStringLiteral("--json"), QStringLiteral("contain"), m_joren, QStringLiteral("--action"),
             QStringLiteral("suspend"), QStringLiteral("--action"), QStringLiteral("add-group:Limited Data Access"),
             QStringLiteral("--incident"), QStringLiteral("ocsf:test:1"), QStringLiteral("--yes")});
        QCOMPARE(contain.exitCode, 0);
    }
    const qsizetype before = m_sim.requests().size();
    const CtlRun run = ctl.run({QStringLiteral("--json"), command, m_joren, QStringLiteral("--action"), action,
                                QStringLiteral("--incident"), QStringLiteral("ocsf:test:1"), QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.text()));
    const QJsonArray requests = m_sim.requests();
    QVERIFY(requests.size() > before);
    const QStringList needed = OktaScopes::forStep(OktaScopes::Step(step));
    QStringList used;
    for (qsizetype i = before; i < requests.size(); ++i) {
        const QJsonObject request = requests.at(i).toObject();
        const QByteArray method = request.value(QStringLiteral("method")).toString().toLatin1();
        const QString path = QUrl::fromPercentEncoding(request.value(QStringLiteral("path")).toString().toUtf8());
        const QString scope = OktaScopes::forRequest(method, path);
        QVERIFY2(!scope.isEmpty(),
                 qPrintable(QStringLiteral("%1 %2 is not in the scope table").arg(QString::fromLatin1(method), path)));
        QVERIFY2(needed.contains(scope), qPrintable(QStringLiteral("%1 %2 needs %3, which %4 does not list")
                                                        .arg(QString::fromLatin1(method), path, scope, action)));
        if (!used.contains(scope)) {
            used << scope;
        }
    }
    // The step lists no scope its calls never need, apart from the look-ups a run may answer from what it knows.
    QVERIFY2(used.contains(needed.last()), qPrintable(used.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestCordonCtlScopes)
#include "tst_cordonctl_scopes.moc"
