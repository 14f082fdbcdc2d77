#include "okta/OktaScopes.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using cordon::core::OktaEndpoint;
using cordon::core::OktaScopes;

// The scope table against Okta's own management API spec (vendored in tests/contract/okta), and how a request's
// path finds its row.
class TestOktaScopes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCallHasTheScopeOktasSpecStates();
    void requestsFindTheirScope_data();
    void requestsFindTheirScope();
    void stepsAndTheGrantList();

private:
    // The oauth2 scopes the spec gives for method on path, or an empty list when the spec has no such operation.
    QStringList specScopes(const QByteArray& method, const QString& path) const;

    QStringList m_spec;
};

void TestOktaScopes::initTestCase()
{
    // The management API, and the org authorization server's spec for Universal Logout.
    for (const char* name : {"management-minimal.yaml", "oauth-minimal.yaml"}) {
        QFile spec(QStringLiteral(CORDON_SOURCE_DIR "/tests/contract/okta/") + QLatin1String(name));
        QVERIFY2(spec.open(QIODevice::ReadOnly), qPrintable(spec.fileName()));
        m_spec += QString::fromUtf8(spec.readAll()).split(QLatin1Char('\n'));
    }
    QVERIFY(m_spec.size() > 1000);
}

QStringList TestOktaScopes::specScopes(const QByteArray& method, const QString& path) const
{
    // The spec's layout: a path at two spaces, its operations at four, security's scopes at twelve.
    const QString pathLine = QStringLiteral("  %1:").arg(path);
    const QString methodLine = QStringLiteral("    %1:").arg(QString::fromLatin1(method.toLower()));
    static const QRegularExpression operation(QStringLiteral("^    [a-z]+:$"));
    static const QRegularExpression scope(QStringLiteral("^\\s+- (okta\\.[a-zA-Z.]+)$"));
    qsizetype i = m_spec.indexOf(pathLine);
    if (i < 0) {
        return {};
    }
    for (++i; i < m_spec.size() && !m_spec.at(i).startsWith(QLatin1String("  /")); ++i) {
        if (m_spec.at(i) != methodLine) {
            continue;
        }
        QStringList scopes;
        bool inOauth = false;
        for (++i; i < m_spec.size() && !operation.match(m_spec.at(i)).hasMatch() &&
                  !m_spec.at(i).startsWith(QLatin1String("  /"));
             ++i) {
            const QString& line = m_spec.at(i);
            if (line.trimmed() == QLatin1String("- oauth2:")) {
                inOauth = true;
            } else if (const auto match = scope.match(line); inOauth && match.hasMatch()) {
                scopes << match.captured(1);
            } else if (inOauth) {
                inOauth = false;
            }
        }
        return scopes;
    }
    return {};
}

void TestOktaScopes::everyCallHasTheScopeOktasSpecStates()
{
    QCOMPARE(OktaScopes::endpoints().size(), 20);
    for (const OktaEndpoint& endpoint : OktaScopes::endpoints()) {
        const QStringList scopes = specScopes(endpoint.method, endpoint.path);
        QVERIFY2(!scopes.isEmpty(), qPrintable(QStringLiteral("%1 %2 is not in Okta's spec")
                                                   .arg(QString::fromLatin1(endpoint.method), endpoint.path)));
        QVERIFY2(scopes.contains(endpoint.scope),
                 qPrintable(QStringLiteral("%1 %2: the spec says %3, the table %4")
                                .arg(QString::fromLatin1(endpoint.method), endpoint.path, scopes.join(QLatin1Char(' ')),
                                     endpoint.scope)));
    }
    // The reader itself: a manage call is not read as a read.
    QCOMPARE(specScopes("POST", QStringLiteral("/api/v1/users/{id}/lifecycle/suspend")),
             QStringList{QStringLiteral("okta.users.manage")});
    QVERIFY(specScopes("PATCH", QStringLiteral("/api/v1/users/{id}/lifecycle/suspend")).isEmpty());
}

void TestOktaScopes::requestsFindTheirScope_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("scope");
    QTest::newRow("search") << QByteArray("GET") << QStringLiteral("/api/v1/users")
                            << QStringLiteral("okta.users.read");
    QTest::newRow("me") << QByteArray("GET") << QStringLiteral("/api/v1/users/me") << QStringLiteral("okta.users.read");
    // DPoP proofs carry the decoded path: a login with its @ is one segment.
    QTest::newRow("login") << QByteArray("GET") << QStringLiteral("/api/v1/users/joren.m@example.com")
                           << QStringLiteral("okta.users.read");
    QTest::newRow("suspend") << QByteArray("POST") << QStringLiteral("/api/v1/users/00u1/lifecycle/suspend")
                             << QStringLiteral("okta.users.manage");
    QTest::newRow("sessions") << QByteArray("DELETE") << QStringLiteral("/api/v1/users/00u1/sessions")
                              << QStringLiteral("okta.users.manage");
    QTest::newRow("membership") << QByteArray("PUT") << QStringLiteral("/api/v1/groups/00g1/users/00u1")
                                << QStringLiteral("okta.groups.manage");
    QTest::newRow("app roles") << QByteArray("GET") << QStringLiteral("/oauth2/v1/clients/0oa1/roles")
                               << QStringLiteral("okta.roles.read");
    QTest::newRow("schema") << QByteArray("GET") << QStringLiteral("/api/v1/meta/schemas/user/default")
                            << QStringLiteral("okta.schemas.read");
    // What Cordon never calls needs nothing Cordon asks for.
    QTest::newRow("delete user") << QByteArray("DELETE") << QStringLiteral("/api/v1/users/00u1") << QString();
    QTest::newRow("apps") << QByteArray("GET") << QStringLiteral("/api/v1/apps") << QString();
    QTest::newRow("wrong method") << QByteArray("GET") << QStringLiteral("/api/v1/users/00u1/lifecycle/suspend")
                                  << QString();
    QTest::newRow("empty segment") << QByteArray("GET") << QStringLiteral("/api/v1/users//groups") << QString();
    QTest::newRow("dot segment") << QByteArray("DELETE") << QStringLiteral("/api/v1/users/../sessions") << QString();
    QTest::newRow("extra segment") << QByteArray("DELETE") << QStringLiteral("/api/v1/users/00u1/sessions/x")
                                   << QString();
}

void TestOktaScopes::requestsFindTheirScope()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, scope);
    QCOMPARE(OktaScopes::forRequest(method, path), scope);
}

void TestOktaScopes::stepsAndTheGrantList()
{
    // By default Cordon asks for containment's scopes only: an org refuses a token request naming a scope the app
    // was not granted, and the credential actions' are often not.
    const QStringList all = OktaScopes::all();
    QCOMPARE(all.size(), 6);
    const QStringList credential = OktaScopes::withCredentialActions();
    QCOMPARE(credential.size(), 9);
    for (const QString& scope : {QStringLiteral("okta.userRisk.read"), QStringLiteral("okta.userRisk.manage"),
                                 QStringLiteral("okta.universalLogout.manage")}) {
        QVERIFY(!all.contains(scope));
        QVERIFY(credential.contains(scope));
    }
    for (const OktaEndpoint& endpoint : OktaScopes::endpoints()) {
        QVERIFY2(credential.contains(endpoint.scope), qPrintable(endpoint.scope));
    }
    for (const OktaScopes::Step step : OktaScopes::steps()) {
        QVERIFY(!OktaScopes::forStep(step).isEmpty());
        QVERIFY(!OktaScopes::stepName(step).isEmpty());
        QVERIFY(OktaScopes::missing(step, credential).isEmpty());
        // The factor and password actions need only okta.users.manage, which containment asks for already.
        const bool itp = step == OktaScopes::Step::SetRisk || step == OktaScopes::Step::UniversalLogout;
        QCOMPARE(OktaScopes::missing(step, all).isEmpty(), !itp);
    }
    // A read-only grant contains no one, and says what is missing.
    const QStringList readOnly{QStringLiteral("okta.users.read"), QStringLiteral("okta.groups.read"),
                               QStringLiteral("okta.roles.read")};
    QCOMPARE(OktaScopes::missing(OktaScopes::Step::Suspend, readOnly),
             QStringList{QStringLiteral("okta.users.manage")});
    QCOMPARE(OktaScopes::missing(OktaScopes::Step::AddToGroup, readOnly),
             QStringList{QStringLiteral("okta.groups.manage")});
    QVERIFY(OktaScopes::missing(OktaScopes::Step::FindUser, readOnly).isEmpty());
}

QTEST_GUILESS_MAIN(TestOktaScopes)
#include "tst_oktascopes.moc"
