#include "CordonCtl.h"
#include "SimProcess.h"
#include "store/AppSettings.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QTest>

using cordon::test::CordonCtl;
using cordon::test::CtlRun;
using cordon::test::SimProcess;

// cordonctl against an Okta that limits it: the org-wide concurrency limit, and what clearing sessions
// takes with it, from the confirmation to the audit line.
class TestCordonCtlOktaLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void containUnderTheConcurrencyLimit();
    void forgetDevicesIsShownSentAndAudited_data();
    void forgetDevicesIsShownSentAndAudited();

private:
    static QStringList contain(const QString& user, const QStringList& extra);
};

QStringList TestCordonCtlOktaLimits::contain(const QString& user, const QStringList& extra)
{
    return QStringList{QStringLiteral("--json"),
                       QStringLiteral("contain"),
                       user,
                       QStringLiteral("--action"),
                       QStringLiteral("clear-sessions"),
                       QStringLiteral("--action"),
                       QStringLiteral("suspend"),
                       QStringLiteral("--action"),
                       QStringLiteral("add-group:Limited Data Access"),
                       QStringLiteral("--incident"),
                       QStringLiteral("ocsf:test:limits")} +
           extra;
}

void TestCordonCtlOktaLimits::containUnderTheConcurrencyLimit()
{
    // One call at a time, each answered 400 ms later: Okta refuses the others with its concurrency 429
    // (limit 0, remaining 0). The contain still ends, and every action is done.
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start({QStringLiteral("--concurrency"), QStringLiteral("1"), QStringLiteral("--latency-ms"),
                        QStringLiteral("400")},
                       &error),
             qPrintable(error));
    const QString joren = sim.userId(SimProcess::jorenLogin());
    sim.reset();
    CordonCtl ctl(sim.baseUrl());
    const CtlRun run = ctl.run(contain(SimProcess::jorenLogin(), {QStringLiteral("--yes")}), {}, 120000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.text()));
    const QJsonArray results = run.json().object().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3);
    for (const QJsonValue& result : results) {
        QCOMPARE(result.toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("done"));
    }
    QCOMPARE(sim.user(joren).value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));
    int refused = 0;
    for (const QJsonValue& request : sim.requests()) {
        refused += request.toObject().value(QStringLiteral("status")).toInt() == 429;
    }
    QVERIFY2(refused > 0, "the simulator's concurrency limit was never met");
}

void TestCordonCtlOktaLimits::forgetDevicesIsShownSentAndAudited_data()
{
    QTest::addColumn<QStringList>("option");
    QTest::addColumn<QString>("setting"); // containment/forgetDevices, empty: unset
    QTest::addColumn<bool>("forget");
    QTest::newRow("default") << QStringList() << QString() << true;
    QTest::newRow("setting false") << QStringList() << QStringLiteral("false") << false;
    QTest::newRow("--keep-devices") << QStringList{QStringLiteral("--keep-devices")} << QString() << false;
    QTest::newRow("--forget-devices over the setting")
        << QStringList{QStringLiteral("--forget-devices")} << QStringLiteral("false") << true;
}

void TestCordonCtlOktaLimits::forgetDevicesIsShownSentAndAudited()
{
    QFETCH(QStringList, option);
    QFETCH(QString, setting);
    QFETCH(bool, forget);
    SimProcess sim;
    QString error;
    // A Classic org, whose own default would keep the devices.
    QVERIFY2(sim.start({QStringLiteral("--engine"), QStringLiteral("classic")}, &error), qPrintable(error));
    const QString joren = sim.userId(SimProcess::jorenLogin());
    sim.setSessions(joren, 2, 1, 3);
    CordonCtl ctl(sim.baseUrl());
    if (!setting.isEmpty()) {
        QSettings ini(ctl.configDir() + QStringLiteral("/cordon.ini"), QSettings::IniFormat);
        cordon::core::AppSettings settings(&ini);
        QVERIFY(settings.setForgetDevices(setting == QLatin1String("true")));
    }
    const QString wanted =
        QStringLiteral("forgetDevices=%1").arg(forget ? QStringLiteral("true") : QStringLiteral("false"));

    // The plan names the call as it will be sent.
    const CtlRun plan = ctl.run(QStringList{QStringLiteral("contain"), joren, QStringLiteral("--action"),
                                            QStringLiteral("clear-sessions"), QStringLiteral("--dry-run")} +
                                option);
    QCOMPARE(plan.exitCode, 0);
    QVERIFY2(plan.text().contains(wanted), qPrintable(plan.text()));

    const CtlRun run = ctl.run(contain(joren, QStringList{QStringLiteral("--yes")} + option));
    QVERIFY2(run.exitCode == 0, qPrintable(run.text()));
    QCOMPARE(sim.user(joren).value(QStringLiteral("rememberedDevices")).toInt(), forget ? 0 : 3);
    bool sent = false;
    for (const QJsonValue& value : sim.requests()) {
        const QJsonObject request = value.toObject();
        if (request.value(QStringLiteral("method")).toString() == QLatin1String("DELETE")) {
            sent = request.value(QStringLiteral("query")).toString().contains(wanted);
        }
    }
    QVERIFY2(sent, "forgetDevices is sent as set");

    const CtlRun audit = ctl.run({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(audit.exitCode, 0);
    bool audited = false;
    for (const QJsonValue& value : QJsonDocument::fromJson(audit.out).array()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("action")).toString() == QLatin1String("clear-sessions")) {
            audited = entry.value(QStringLiteral("detail")).toString().contains(wanted);
        }
    }
    QVERIFY2(audited, qPrintable(QString::fromUtf8(audit.out)));
}

QTEST_GUILESS_MAIN(TestCordonCtlOktaLimits)
#include "tst_cordonctl_oktalimits.moc"
