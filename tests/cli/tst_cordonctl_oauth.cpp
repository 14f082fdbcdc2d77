#include "CordonCtl.h"
#include "SimProcess.h"
#include "oauth/SigningKey.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using cordon::core::SigningKey;
using cordon::test::CordonCtl;
using cordon::test::CtlRun;
using cordon::test::SimProcess;

// cordonctl signed in as an OAuth 2.0 service app, configured as Okta's SDKs read it from the environment.
class TestCordonCtlOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badSettingsAreRefusedClearly_data();
    void badSettingsAreRefusedClearly();
    void loginMakesAKeyPairAndKeepsThePrivateKeyInTheKeychain();

private:
    SimProcess m_sim;
};

void TestCordonCtlOAuth::initTestCase()
{
    QString error;
    QVERIFY2(m_sim.start({}, &error), qPrintable(error));
}

void TestCordonCtlOAuth::badSettingsAreRefusedClearly_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("scopes");
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    const QByteArray good = SigningKey::generate().privateKeyPem();
    const QByteArray garbled =
        "-----BEGIN PRIVATE KEY-----\nTUlJQ2VnSUJBREFOQmdrcWhraUc5dzBC\n-----END PRIVATE KEY-----\n";
    QTest::newRow("malformed key") << "PrivateKey"
                                   << "0oa1cordon"
                                   << "okta.users.read" << garbled << 3 << "private key";
    QTest::newRow("no key") << "PrivateKey"
                            << "0oa1cordon"
                            << "okta.users.read" << QByteArray() << 3 << "OKTA_CLIENT_PRIVATEKEY";
    QTest::newRow("client id with spaces") << "PrivateKey"
                                           << "0oa1 cordon"
                                           << "okta.users.read" << good << 3 << "client id";
    QTest::newRow("empty scope list") << "PrivateKey"
                                      << "0oa1cordon"
                                      << "" << good << 3 << "scopes";
    QTest::newRow("unknown mode") << "Password"
                                  << "0oa1cordon"
                                  << "okta.users.read" << good << 2 << "OKTA_CLIENT_AUTHORIZATIONMODE";
}

void TestCordonCtlOAuth::badSettingsAreRefusedClearly()
{
    QFETCH(QString, mode);
    QFETCH(QString, clientId);
    QFETCH(QString, scopes);
    QFETCH(QByteArray, pem);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    CordonCtl ctl(m_sim.baseUrl());
    ctl.setEnv(QStringLiteral("OKTA_CLIENT_AUTHORIZATIONMODE"), mode);
    ctl.setEnv(QStringLiteral("OKTA_CLIENT_CLIENTID"), clientId);
    ctl.setEnv(QStringLiteral("OKTA_CLIENT_SCOPES"), scopes);
    ctl.setEnv(QStringLiteral("OKTA_CLIENT_PRIVATEKEY"), QString::fromLatin1(pem));
    const qsizetype before = m_sim.requests().size();
    const CtlRun run = ctl.run({QStringLiteral("check")});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.text().contains(expected), qPrintable(run.text()));
    // Nothing of the key is printed, and nothing was sent.
    const QList<QByteArray> lines = pem.split('\n');
    for (const QByteArray& line : lines) {
        if (line.size() > 12 && !line.startsWith("-----")) {
            QVERIFY2(!run.text().contains(QString::fromLatin1(line.left(12))), qPrintable(run.text()));
        }
    }
    QCOMPARE(m_sim.requests().size(), before);
}

void TestCordonCtlOAuth::loginMakesAKeyPairAndKeepsThePrivateKeyInTheKeychain()
{
    CordonCtl ctl(m_sim.baseUrl());
    const CtlRun login = ctl.run({QStringLiteral("--json"), QStringLiteral("login"), QStringLiteral("--oauth"),
                                  QStringLiteral("0oa1cordonservice")});
    QVERIFY2(login.exitCode == 0, qPrintable(login.text()));
    const QJsonObject json = login.json().object();
    const QJsonObject jwk = json.value(QStringLiteral("publicKey")).toObject();
    QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), QStringLiteral("EC"));
    QCOMPARE(jwk.value(QStringLiteral("use")).toString(), QStringLiteral("sig"));
    QVERIFY(!jwk.value(QStringLiteral("kid")).toString().isEmpty());
    for (const char* member : {"d", "p", "q"}) {
        QVERIFY2(!jwk.contains(QLatin1String(member)), member);
    }
    QCOMPARE(json.value(QStringLiteral("scopes")).toArray().size(), 6);
    QVERIFY2(!login.text().contains(QStringLiteral("PRIVATE KEY")), "the private key is never printed");
    // The settings name the app and its key; the key itself is nowhere in them.
    QDir config(ctl.configDir());
    QStringList settingsText;
    for (const QFileInfo& file : config.entryInfoList(QDir::Files, QDir::Name)) {
        QFile read(file.absoluteFilePath());
        QVERIFY(read.open(QIODevice::ReadOnly));
        settingsText << QString::fromUtf8(read.readAll());
    }
    for (const QString& sub : config.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QDirIterator it(config.filePath(sub), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile read(it.next());
            QVERIFY(read.open(QIODevice::ReadOnly));
            settingsText << QString::fromUtf8(read.readAll());
        }
    }
    const QString all = settingsText.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("0oa1cordonservice")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("PrivateKey")));
    QVERIFY2(!all.contains(QStringLiteral("PRIVATE KEY")), "the private key is not in the settings");
    // A client id with spaces makes no key.
    const CtlRun bad = ctl.run({QStringLiteral("login"), QStringLiteral("--oauth"), QStringLiteral("0oa1 x")});
    QCOMPARE(bad.exitCode, 3);
    QVERIFY(bad.text().contains(QStringLiteral("client id")));
}

QTEST_GUILESS_MAIN(TestCordonCtlOAuth)
#include "tst_cordonctl_oauth.moc"
