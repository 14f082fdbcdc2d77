#include "CordonCtl.h"
#include "SimProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonObject>
#include <QTest>

using cordon::test::CordonCtl;
using cordon::test::CtlRun;
using cordon::test::SimProcess;

// login, check and logout with the token in a real Secret Service (CI runs this inside a private D-Bus
// session with gnome-keyring unlocked).
class TestCordonCtlKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loginCheckLogout();
    void emptyTokenRefused();
    void rejectedTokenNotStored();
};

void TestCordonCtlKeychain::loginCheckLogout()
{
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start({}, &error), qPrintable(error));
    CordonCtl ctl(sim.baseUrl());
    ctl.setToken(QString());

    const CtlRun login = ctl.run({QStringLiteral("login")}, SimProcess::demoToken().toUtf8() + "\n");
    QVERIFY2(login.exitCode == 0, login.err.constData());
    QVERIFY(login.text().contains(QLatin1String("svc-cordon@example.com")));
    QVERIFY(!login.text().contains(SimProcess::demoToken()));

    // The token now comes from the keychain alone.
    const CtlRun check = ctl.run({QStringLiteral("--json"), QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0, check.err.constData());
    QCOMPARE(check.json().object().value(QStringLiteral("user")).toObject().value(QStringLiteral("login")).toString(),
             QStringLiteral("svc-cordon@example.com"));

    // Neither the settings nor the database hold it.
    for (const QString& folder : {ctl.configDir(), ctl.dataDir()}) {
        QDirIterator files(folder, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(SimProcess::demoToken().toUtf8()), qPrintable(file.fileName()));
        }
    }

    QCOMPARE(ctl.run({QStringLiteral("logout")}).exitCode, 0);
    const CtlRun after = ctl.run({QStringLiteral("check")});
    QCOMPARE(after.exitCode, 3);
    QVERIFY(after.text().contains(QLatin1String("login")));
}

void TestCordonCtlKeychain::emptyTokenRefused()
{
    SimProcess sim;
    QVERIFY(sim.start());
    CordonCtl ctl(sim.baseUrl());
    ctl.setToken(QString());
    for (const QByteArray& input : {QByteArray(), QByteArray("   \n"), QByteArray("\t\n")}) {
        const CtlRun login = ctl.run({QStringLiteral("login")}, input);
        QCOMPARE(login.exitCode, 3);
        QVERIFY(login.text().contains(QLatin1String("no API token")));
    }
}

void TestCordonCtlKeychain::rejectedTokenNotStored()
{
    SimProcess sim;
    QVERIFY(sim.start());
    CordonCtl ctl(sim.baseUrl());
    ctl.setToken(QString());
    const CtlRun login = ctl.run({QStringLiteral("login")}, QByteArray("not-a-valid-token\n"));
    QCOMPARE(login.exitCode, 3);
    QVERIFY(login.text().contains(QLatin1String("E0000011")));
    QVERIFY(!login.text().contains(QLatin1String("not-a-valid-token")));
    QCOMPARE(ctl.run({QStringLiteral("check")}).exitCode, 3);
}

QTEST_GUILESS_MAIN(TestCordonCtlKeychain)
#include "tst_cordonctl_keychain.moc"
