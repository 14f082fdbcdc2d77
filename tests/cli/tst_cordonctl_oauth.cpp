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
    void everyCommandAsAServiceApp();
    void loginThenRegisterThenCheck();
    void aKeyOktaDoesNotKnowIsACredentialsError();
    void aMissingScopeIsNamedAndItsStepShown();

private:
    // cordonctl configured from the environment as the simulator's demo service app, or with key.
    void useServiceApp(CordonCtl& ctl, const QByteArray& pem = SimProcess::demoClientKey()) const;
    QString m_joren;

private:
    SimProcess m_sim;
};

void TestCordonCtlOAuth::initTestCase()
{
    QString error;
    QVERIFY2(m_sim.start({}, &error), qPrintable(error));
    m_joren = m_sim.userId(SimProcess::jorenLogin());
    QVERIFY(!m_joren.isEmpty());
    QVERIFY(!SimProcess::demoClientKey().isEmpty());
}

void TestCordonCtlOAuth::useServiceApp(CordonCtl& ctl, const QByteArray& pem) const
{
    ctl.setEnv(QStringLiteral("OKTA_CLIENT_AUTHORIZATIONMODE"), QStringLiteral("PrivateKey"));
    ctl.setEnv(QStringLiteral("OKTA_CLIENT_CLIENTID"), SimProcess::demoClientId());
    ctl.setEnv(QStringLiteral("OKTA_CLIENT_PRIVATEKEYID"), SimProcess::demoClientKeyId());
    ctl.setEnv(QStringLiteral("OKTA_CLIENT_PRIVATEKEY"), QString::fromLatin1(pem));
}

void TestCordonCtlOAuth::everyCommandAsAServiceApp()
{
    m_sim.reset();
    CordonCtl ctl(m_sim.baseUrl());
    useServiceApp(ctl);
    const CtlRun check = ctl.run({QStringLiteral("--json"), QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.text()));
    const QJsonObject checked = check.json().object();
    QCOMPARE(checked.value(QStringLiteral("authorization")).toString(), QStringLiteral("PrivateKey"));
    QCOMPARE(checked.value(QStringLiteral("serviceApp")).toObject().value(QStringLiteral("clientId")).toString(),
             SimProcess::demoClientId());
    QVERIFY(!checked.contains(QStringLiteral("user")));
    QCOMPARE(
        checked.value(QStringLiteral("roles")).toArray().first().toObject().value(QStringLiteral("type")).toString(),
        QStringLiteral("ORG_ADMIN"));
    const QJsonObject steps =
        checked.value(QStringLiteral("scopes")).toObject().value(QStringLiteral("steps")).toObject();
    QVERIFY(!steps.isEmpty());
    for (auto it = steps.begin(); it != steps.end(); ++it) {
        // The credential actions' scopes are not asked for unless the analyst adds them.
        if (it.value().toObject().value(QStringLiteral("optional")).toBool()) {
            continue;
        }
        QVERIFY2(it.value().toObject().value(QStringLiteral("missing")).toArray().isEmpty(), qPrintable(it.key()));
    }

    const CtlRun user = ctl.run({QStringLiteral("--json"), QStringLiteral("user"), SimProcess::jorenLogin()});
    QVERIFY2(user.exitCode == 0, qPrintable(user.text()));
    QCOMPARE(user.json().object().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString(),
             m_joren);

    // Matching reads the user schema and searches: okta.schemas.read and okta.users.read.
    const CtlRun match =
        ctl.run({QStringLiteral("--json"), QStringLiteral("match"), QStringLiteral("AD_DOMAIN\\joren")});
    QVERIFY2(match.exitCode == 0, qPrintable(match.text()));
    QCOMPARE(match.json()
                 .object()
                 .value(QStringLiteral("candidates"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("login"))
                 .toString(),
             SimProcess::jorenLogin());

    // A protected account is resolved at Okta as the app.
    const CtlRun protect = ctl.run({QStringLiteral("--json"), QStringLiteral("protect"), QStringLiteral("add"),
                                    QStringLiteral("maria.castellanos@example.com")});
    QVERIFY2(protect.exitCode == 0, qPrintable(protect.text()));

    const CtlRun contain =
        ctl.run({QStringLiteral("--json"), QStringLiteral("contain"), m_joren, QStringLiteral("--action"),
                 QStringLiteral("clear-sessions"), QStringLiteral("--action"), QStringLiteral("suspend"),
                 QStringLiteral("--action"), QStringLiteral("add-group:Limited Data Access"),
                 QStringLiteral("--incident"), QStringLiteral("ocsf:test:1"), QStringLiteral("--yes")});
    QVERIFY2(contain.exitCode == 0, qPrintable(contain.text()));
    for (const QJsonValue& result : contain.json().object().value(QStringLiteral("results")).toArray()) {
        QCOMPARE(result.toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("done"));
    }
    QCOMPARE(m_sim.user(m_joren).value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));
    const CtlRun release = ctl.run({QStringLiteral("--json"), QStringLiteral("release"), m_joren,
                                    QStringLiteral("--action"), QStringLiteral("unsuspend"), QStringLiteral("--action"),
                                    QStringLiteral("remove-group:Limited Data Access"), QStringLiteral("--incident"),
                                    QStringLiteral("ocsf:test:1"), QStringLiteral("--yes")});
    QVERIFY2(release.exitCode == 0, qPrintable(release.text()));
    QCOMPARE(m_sim.user(m_joren).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
    const CtlRun resume = ctl.run({QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("resume")});
    QVERIFY2(resume.exitCode == 0, qPrintable(resume.text()));
    for (const CtlRun* run : {&check, &user, &match, &protect, &contain, &release, &resume}) {
        QVERIFY(!run->text().contains(QStringLiteral("PRIVATE KEY")));
        QVERIFY(!run->text().contains(QStringLiteral("eyJ")));
    }
}

void TestCordonCtlOAuth::loginThenRegisterThenCheck()
{
    // The whole set-up as an admin does it: login makes the key, the admin registers its public half with the
    // app in Okta (here, in the simulator), and check then signs in with the key from the keychain.
    m_sim.reset();
    CordonCtl ctl(m_sim.baseUrl());
    // No API token in the environment either: what login stored decides.
    ctl.setToken({});
    const QString clientId = QStringLiteral("0oa1registeredbyadmin");
    const CtlRun login =
        ctl.run({QStringLiteral("--json"), QStringLiteral("login"), QStringLiteral("--oauth"), clientId});
    QVERIFY2(login.exitCode == 0, qPrintable(login.text()));
    const QJsonObject printed = login.json().object();
    // Before the key is registered, Okta does not know the app: a credentials error.
    const CtlRun early = ctl.run({QStringLiteral("check")});
    QVERIFY2(early.exitCode == 3, qPrintable(early.text()));
    QVERIFY2(early.text().contains(QStringLiteral("invalid_client")), qPrintable(early.text()));
    QString error;
    QVERIFY2(m_sim.registerClient(
                 QJsonObject{{QStringLiteral("clientId"), clientId},
                             {QStringLiteral("jwks"), QJsonArray{printed.value(QStringLiteral("publicKey"))}},
                             {QStringLiteral("scopes"), printed.value(QStringLiteral("scopes"))},
                             {QStringLiteral("dpopRequired"), true},
                             {QStringLiteral("roles"),
                              QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("USER_ADMIN")},
                                                     {QStringLiteral("label"), QStringLiteral("User Administrator")},
                                                     {QStringLiteral("assignmentType"), QStringLiteral("CLIENT")}}}}},
                 &error),
             qPrintable(error));
    const CtlRun check = ctl.run({QStringLiteral("--json"), QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.text()));
    QCOMPARE(check.json()
                 .object()
                 .value(QStringLiteral("serviceApp"))
                 .toObject()
                 .value(QStringLiteral("clientId"))
                 .toString(),
             clientId);
}

void TestCordonCtlOAuth::aKeyOktaDoesNotKnowIsACredentialsError()
{
    m_sim.reset();
    CordonCtl ctl(m_sim.baseUrl());
    QByteArray stranger = SigningKey::generate().privateKeyPem();
    useServiceApp(ctl, stranger);
    const CtlRun run = ctl.run({QStringLiteral("contain"), m_joren, QStringLiteral("--action"),
                                QStringLiteral("suspend"), QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.text().contains(QStringLiteral("invalid_client")), qPrintable(run.text()));
    QVERIFY(!run.text().contains(QStringLiteral("PRIVATE KEY")));
    QCOMPARE(m_sim.user(m_joren).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
}

void TestCordonCtlOAuth::aMissingScopeIsNamedAndItsStepShown()
{
    m_sim.reset();
    QVERIFY(m_sim.revokeClientScope(SimProcess::demoClientId(), QStringLiteral("okta.users.manage")));
    CordonCtl ctl(m_sim.baseUrl());
    useServiceApp(ctl);
    ctl.setEnv(QStringLiteral("OKTA_CLIENT_SCOPES"),
               QStringLiteral("okta.users.read okta.groups.read okta.groups.manage okta.roles.read okta.schemas.read"));
    const CtlRun check = ctl.run({QStringLiteral("--json"), QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.text()));
    const QJsonObject steps =
        check.json().object().value(QStringLiteral("scopes")).toObject().value(QStringLiteral("steps")).toObject();
    QCOMPARE(steps.value(QStringLiteral("suspend")).toObject().value(QStringLiteral("missing")).toArray(),
             QJsonArray{QStringLiteral("okta.users.manage")});
    QVERIFY(steps.value(QStringLiteral("add-group")).toObject().value(QStringLiteral("missing")).toArray().isEmpty());
    // Okta refuses the call itself, and the message says which scope the app lacks.
    const CtlRun suspend = ctl.run({QStringLiteral("--json"), QStringLiteral("contain"), m_joren,
                                    QStringLiteral("--action"), QStringLiteral("suspend"), QStringLiteral("--yes")});
    QVERIFY(suspend.exitCode != 0);
    QVERIFY2(suspend.text().contains(QStringLiteral("okta.users.manage")), qPrintable(suspend.text()));
    QCOMPARE(m_sim.user(m_joren).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
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
