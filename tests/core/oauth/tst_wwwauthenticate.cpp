#include "oauth/WwwAuthenticate.h"

#include <QTest>

using namespace cordon::core;

namespace
{

// "scheme{name=value;…}" per challenge, names sorted, token68 as "scheme[value]": one string to compare.
QString described(const QList<AuthChallenge>& challenges)
{
    QStringList parts;
    for (const AuthChallenge& challenge : challenges) {
        if (!challenge.token68.isEmpty()) {
            parts << challenge.scheme + u'[' + challenge.token68 + u']';
            continue;
        }
        QStringList params;
        for (auto it = challenge.params.cbegin(); it != challenge.params.cend(); ++it) {
            params << it.key() + u'=' + it.value();
        }
        params.sort();
        parts << challenge.scheme + u'{' + params.join(u';') + u'}';
    }
    return parts.join(u' ');
}

} // namespace

// Okta says in WWW-Authenticate why it refused a DPoP call: which scope was missing, or what was wrong with
// the proof. The header is read as HTTP defines it, and a hostile or broken one yields what could be read.
class TestWwwAuthenticate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void oktaMissingScope();
};

void TestWwwAuthenticate::parse_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expected");
    QTest::newRow("used proof") << QByteArray(R"(DPoP error="invalid_dpop_proof", error_description="The DPoP proof )"
                                              R"(JWT has already been used.")")
                                << QStringLiteral("DPoP{error=invalid_dpop_proof;error_description=The DPoP proof JWT "
                                                  "has already been used.}");
    QTest::newRow("two challenges") << QByteArray(R"(Bearer realm="example", DPoP algs="ES256 PS256")")
                                    << QStringLiteral("Bearer{realm=example} DPoP{algs=ES256 PS256}");
    QTest::newRow("token values and spaces around =") << QByteArray("DPoP error = invalid_token ,  algs=\"ES256\"")
                                                      << QStringLiteral("DPoP{algs=ES256;error=invalid_token}");
    QTest::newRow("names in any case") << QByteArray(R"(dpop ERROR="invalid_token")")
                                       << QStringLiteral("dpop{error=invalid_token}");
    QTest::newRow("escapes") << QByteArray(R"(DPoP error_description="say \"hi\" \\ bye")")
                             << QStringLiteral(R"(DPoP{error_description=say "hi" \ bye})");
    QTest::newRow("empty list elements") << QByteArray(", ,DPoP , , error=\"x\",, Basic")
                                         << QStringLiteral("DPoP{error=x} Basic{}");
    QTest::newRow("bare scheme") << QByteArray("Basic") << QStringLiteral("Basic{}");
    QTest::newRow("token68") << QByteArray("Negotiate a87421000492aa874209af8bc028==, Basic realm=\"x\"")
                             << QStringLiteral("Negotiate[a87421000492aa874209af8bc028==] Basic{realm=x}");
    QTest::newRow("token68 with one pad") << QByteArray("Negotiate YII=") << QStringLiteral("Negotiate[YII=]");
    QTest::newRow("a name without a value stops")
        << QByteArray("DPoP error=\"x\", scope=, Basic") << QStringLiteral("DPoP{error=x}");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("unterminated quote keeps what was read")
        << QByteArray(R"(DPoP error="insufficient_scope", scope="okta.users.manage)")
        << QStringLiteral("DPoP{error=insufficient_scope}");
    QTest::newRow("garbage") << QByteArray("=,= \"\x01") << QString();
    QTest::newRow("no comma between challenges stops")
        << QByteArray("Basic realm=\"a\" \"x\" DPoP error=\"b\"") << QStringLiteral("Basic{realm=a}");
    QTest::newRow("too long") << "DPoP error=\"" + QByteArray(WwwAuthenticate::MaximumSize, 'a') + '"' << QString();
}

void TestWwwAuthenticate::parse()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, expected);
    QCOMPARE(described(WwwAuthenticate::parse(header)), expected);
}

void TestWwwAuthenticate::oktaMissingScope()
{
    // The header Okta sent with a 403 to a DPoP-bound token without the endpoint's scope, as recorded in
    // terraform-provider-okta's issue tracker, with the org renamed.
    const QByteArray header =
        R"(DPoP algs="RS256 RS384 RS512 ES256 ES384 ES512", authorization_uri="http://acme.okta.com/oauth2/v1/authorize", )"
        R"(realm="http://acme.okta.com", scope="okta.policies.read", error="insufficient_scope", )"
        R"(error_description="The access token provided does not contain the required scopes.", )"
        R"(resource="/api/v1/policies")";
    const QList<AuthChallenge> challenges = WwwAuthenticate::parse(header);
    QCOMPARE(challenges.size(), 1);
    const AuthChallenge& dpop = challenges.first();
    QVERIFY(dpop.isScheme(QStringLiteral("dpop")));
    QCOMPARE(dpop.param(QStringLiteral("error")), QStringLiteral("insufficient_scope"));
    QCOMPARE(dpop.param(QStringLiteral("Scope")), QStringLiteral("okta.policies.read"));
    QCOMPARE(dpop.param(QStringLiteral("resource")), QStringLiteral("/api/v1/policies"));
    QCOMPARE(dpop.param(QStringLiteral("algs")).split(u' ').size(), 6);
}

QTEST_GUILESS_MAIN(TestWwwAuthenticate)
#include "tst_wwwauthenticate.moc"
