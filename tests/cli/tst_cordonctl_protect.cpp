#include "CordonCtl.h"
#include "SimProcess.h"
#include "store/AppSettings.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTest>

#include <memory>

using cordon::core::AppSettings;
using cordon::test::CordonCtl;
using cordon::test::CtlRun;
using cordon::test::SimProcess;

// `cordonctl protect` against the real simulator: protected accounts resolved to Okta ids however they are
// written, refused when they name nobody or several, and the guardrail that holds them in `contain`.
class TestCordonCtlProtect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void addResolvesAndProtects_data();
    void addResolvesAndProtects();
    void anEntryThatNamesNobodySavesNothing();
    void listAndRemove();
    void entriesSavedAsTextStillProtectAndResolve();
    void withoutAnOrgTheEntryIsKeptAsWritten();
    void protectedGroupInOtherCase();

private:
    static QSettings* ini(const CordonCtl& ctl);
    CtlRun containJoren(const CordonCtl& ctl);
    int suspends();

    SimProcess m_sim;
    QString m_joren;
};

void TestCordonCtlProtect::initTestCase()
{
    QString error;
    QVERIFY2(m_sim.start({}, &error), qPrintable(error));
    m_joren = m_sim.userId(SimProcess::jorenLogin());
    QCOMPARE(m_joren.size(), 20);
}

void TestCordonCtlProtect::init()
{
    m_sim.reset();
}

QSettings* TestCordonCtlProtect::ini(const CordonCtl& ctl)
{
    return new QSettings(ctl.configDir() + QStringLiteral("/cordon.ini"), QSettings::IniFormat);
}

CtlRun TestCordonCtlProtect::containJoren(const CordonCtl& ctl)
{
    return ctl.run({QStringLiteral("--json"), QStringLiteral("contain"), SimProcess::jorenLogin(),
                    QStringLiteral("--action"), QStringLiteral("suspend"), QStringLiteral("--yes")});
}

int TestCordonCtlProtect::suspends()
{
    int count = 0;
    for (const QJsonValue& value : m_sim.requests()) {
        count +=
            value.toObject().value(QStringLiteral("path")).toString().endsWith(QLatin1String("/lifecycle/suspend"));
    }
    return count;
}

void TestCordonCtlProtect::addResolvesAndProtects_data()
{
    QTest::addColumn<QString>("entry");
    QTest::newRow("short login") << QStringLiteral("joren.m");
    QTest::newRow("AD username") << QStringLiteral("joren");
    QTest::newRow("AD username with its domain") << QStringLiteral("AD_DOMAIN\\joren");
    QTest::newRow("email") << QStringLiteral("JOREN.M@example.com");
    QTest::newRow("Okta id") << QStringLiteral("00u8ALGxe2SyLejnZjhs");
}

void TestCordonCtlProtect::addResolvesAndProtects()
{
    QFETCH(QString, entry);
    CordonCtl ctl(m_sim.baseUrl());
    const CtlRun added = ctl.run({QStringLiteral("protect"), QStringLiteral("add"), entry});
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.text().contains(QStringLiteral("%1 → Joren Maes <joren.m@example.com> (%2)").arg(entry, m_joren)),
             qPrintable(added.text()));
    {
        std::unique_ptr<QSettings> settings(ini(ctl));
        QCOMPARE(AppSettings(settings.get()).protectedAccounts(), QStringList{m_joren});
    }

    const CtlRun run = containJoren(ctl);
    QCOMPARE(run.exitCode, 5);
    QCOMPARE(run.json().object().value(QStringLiteral("refused")).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("protected-account"));
    QCOMPARE(suspends(), 0);
    QCOMPARE(m_sim.user(m_joren).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
}

void TestCordonCtlProtect::anEntryThatNamesNobodySavesNothing()
{
    CordonCtl ctl(m_sim.baseUrl());
    const CtlRun run = ctl.run(
        {QStringLiteral("protect"), QStringLiteral("add"), QStringLiteral("joren"), QStringLiteral("nobody.here")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("nobody.here") && run.err.contains("nothing was saved"), run.err.constData());
    std::unique_ptr<QSettings> settings(ini(ctl));
    QVERIFY(AppSettings(settings.get()).protectedAccounts().isEmpty());
}

void TestCordonCtlProtect::listAndRemove()
{
    CordonCtl ctl(m_sim.baseUrl());
    QCOMPARE(ctl.run({QStringLiteral("protect"), QStringLiteral("add"), QStringLiteral("joren"),
                      QStringLiteral("maria.castellanos")})
                 .exitCode,
             0);
    const CtlRun list = ctl.run({QStringLiteral("protect"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.text().contains(QStringLiteral("joren → Joren Maes <joren.m@example.com> (%1)").arg(m_joren)),
             qPrintable(list.text()));
    QVERIFY2(list.text().contains(QStringLiteral("maria.castellanos → Maria Castellanos")), qPrintable(list.text()));

    const CtlRun json = ctl.run({QStringLiteral("--json"), QStringLiteral("protect")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray accounts = json.json().object().value(QStringLiteral("accounts")).toArray();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0).toObject().value(QStringLiteral("id")).toString(), m_joren);
    QCOMPARE(accounts.at(0).toObject().value(QStringLiteral("entry")).toString(), QStringLiteral("joren"));
    QVERIFY(accounts.at(0).toObject().value(QStringLiteral("resolved")).toBool());

    // Removed by the login it resolved to; a word that names no entry removes nothing.
    QCOMPARE(ctl.run({QStringLiteral("protect"), QStringLiteral("remove"), QStringLiteral("nobody.here")}).exitCode, 4);
    QCOMPARE(
        ctl.run({QStringLiteral("protect"), QStringLiteral("remove"), QStringLiteral("Joren.M@example.com")}).exitCode,
        0);
    std::unique_ptr<QSettings> settings(ini(ctl));
    QCOMPARE(AppSettings(settings.get()).protectedAccounts().size(), 1);
    QVERIFY(!AppSettings(settings.get()).protectedAccounts().contains(m_joren));
    QCOMPARE(containJoren(ctl).exitCode, 0);
}

void TestCordonCtlProtect::entriesSavedAsTextStillProtectAndResolve()
{
    CordonCtl ctl(m_sim.baseUrl());
    {
        std::unique_ptr<QSettings> settings(ini(ctl));
        QVERIFY(AppSettings(settings.get()).setProtectedAccounts({QStringLiteral("joren")}));
    }
    const CtlRun list = ctl.run({QStringLiteral("protect"), QStringLiteral("list")});
    QVERIFY2(list.text().contains(QStringLiteral("joren (unresolved")), qPrintable(list.text()));
    // Compared by its text, an AD username protects its user.
    QCOMPARE(containJoren(ctl).exitCode, 5);
    QCOMPARE(suspends(), 0);

    const CtlRun resolved = ctl.run({QStringLiteral("protect"), QStringLiteral("resolve")});
    QCOMPARE(resolved.exitCode, 0);
    QVERIFY2(resolved.text().contains(QStringLiteral("joren → Joren Maes <joren.m@example.com> (%1)").arg(m_joren)),
             qPrintable(resolved.text()));
    std::unique_ptr<QSettings> settings(ini(ctl));
    QCOMPARE(AppSettings(settings.get()).protectedAccounts(), QStringList{m_joren});
    QCOMPARE(containJoren(ctl).exitCode, 5);
}

void TestCordonCtlProtect::withoutAnOrgTheEntryIsKeptAsWritten()
{
    CordonCtl ctl(m_sim.baseUrl());
    QProcess process;
    process.setProcessEnvironment(ctl.environment());
    process.start(QStringLiteral(CORDONCTL_PATH),
                  {QStringLiteral("protect"), QStringLiteral("add"), QStringLiteral("joren")});
    QVERIFY(process.waitForFinished(30000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(err.contains(QStringLiteral("kept as written")), qPrintable(err));
    std::unique_ptr<QSettings> settings(ini(ctl));
    QCOMPARE(AppSettings(settings.get()).protectedAccounts(), QStringList{QStringLiteral("joren")});
}

void TestCordonCtlProtect::protectedGroupInOtherCase()
{
    CordonCtl ctl(m_sim.baseUrl());
    {
        std::unique_ptr<QSettings> settings(ini(ctl));
        QVERIFY(AppSettings(settings.get()).setProtectedGroups({QStringLiteral("protected executives")}));
    }
    const CtlRun run =
        ctl.run({QStringLiteral("--json"), QStringLiteral("contain"), QStringLiteral("maria.castellanos@example.com"),
                 QStringLiteral("--action"), QStringLiteral("suspend"), QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 5);
    QCOMPARE(run.json().object().value(QStringLiteral("refused")).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("protected-group"));
    QCOMPARE(suspends(), 0);
}

QTEST_GUILESS_MAIN(TestCordonCtlProtect)
#include "tst_cordonctl_protect.moc"
