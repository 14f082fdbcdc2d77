#include "okta/OktaError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using cordon::core::OktaError;

Q_DECLARE_METATYPE(OktaError::Kind)

namespace
{

QByteArray errorBody(const QString& code, const QString& summary, const QJsonValue& causes)
{
    QJsonObject object{{QStringLiteral("errorCode"), code},
                       {QStringLiteral("errorSummary"), summary},
                       {QStringLiteral("errorLink"), code},
                       {QStringLiteral("errorId"), QStringLiteral("oaeHfmOAx1iRLa0H10DeMz5fQ")}};
    if (!causes.isUndefined()) {
        object.insert(QStringLiteral("errorCauses"), causes);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestOktaError : public QObject
{
    Q_OBJECT

private slots:
    void documentedCodes_data();
    void documentedCodes();
    void malformed_data();
    void malformed();
    void errorCauses_data();
    void errorCauses();
    void noErrorHasNoMessage();
};

void TestOktaError::documentedCodes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<OktaError::Kind>("kind");
    QTest::addColumn<bool>("wrongState");

    // The table of docs/okta.md §Errors.
    const auto row = [](int status, const char* code, const char* summary, OktaError::Kind kind, bool wrongState) {
        QTest::addRow("%d %s", status, code)
            << status << QString::fromLatin1(code) << QString::fromUtf8(summary) << kind << wrongState;
    };
    using K = OktaError::Kind;
    row(400, "E0000001", "Api validation failed: login", K::Http, true);
    row(400, "E0000003", "The request body was not well-formed.", K::Http, false);
    // Okta's spec declares E0000028 for a lifecycle change from the wrong state.
    row(400, "E0000028", "The request is missing a required parameter.", K::Http, true);
    row(400, "E0000031", "Invalid search criteria.", K::Http, false);
    row(400, "E0000094", "The provided filter is unsupported.", K::Http, false);
    row(401, "E0000004", "Authentication failed", K::Http, false);
    row(401, "E0000011", "Invalid token provided", K::Http, false);
    row(401, "E0000015", "You do not have permission to access the feature you are requesting", K::Http, false);
    row(403, "E0000005", "Invalid session", K::Http, false);
    row(403, "E0000006", "You do not have permission to perform the requested action", K::Http, false);
    row(403, "E0000038", "This operation is not allowed in the user's current status.", K::Http, true);
    row(404, "E0000007", "Not found: Resource not found: 00gvtzgfr4tqj8POf1d7 (User)", K::NotFound, false);
    row(405, "E0000022", "The endpoint does not support the provided HTTP method", K::Http, false);
    row(409, "E0000112", "Cannot update this user because they are still being activated.", K::Http, false);
    row(429, "E0000047", "API call exceeded rate limit due to too many requests.", K::RateLimited, false);
    row(500, "E0000009", "Internal Server Error", K::Http, false);
    row(503, "E0000010", "Service is in read only mode", K::Http, false);
}

void TestOktaError::documentedCodes()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, summary);
    QFETCH(OktaError::Kind, kind);
    QFETCH(bool, wrongState);

    const QString requestId = QStringLiteral("reqVy8wsvmBQN27h4soUE3ZEnA");
    const OktaError error = OktaError::fromReply(status, "application/json;charset=UTF-8",
                                                 errorBody(code, summary, QJsonArray()), requestId);
    QVERIFY(error.isError());
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.errorCode, code);
    QCOMPARE(error.errorSummary, summary);
    QCOMPARE(error.errorLink, code);
    QCOMPARE(error.errorId, QStringLiteral("oaeHfmOAx1iRLa0H10DeMz5fQ"));
    QCOMPARE(error.requestId, requestId);
    QVERIFY(error.causes.isEmpty());
    QCOMPARE(error.isWrongState(), wrongState);
    const QString message = error.message();
    QVERIFY2(message.contains(code), qPrintable(message));
    QVERIFY2(message.contains(summary), qPrintable(message));
    QVERIFY2(message.contains(requestId), qPrintable(message));
    QVERIFY2(message.contains(QString::number(status)), qPrintable(message));
    QVERIFY(!message.contains(QLatin1Char('\n')));
}

void TestOktaError::malformed_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<int>("maxMessageLength");

    QTest::newRow("proxy html page")
        << 502 << QByteArray("text/html")
        << QByteArray("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")
        << QStringLiteral("502 Bad Gateway") << 400;
    QTest::newRow("html without content type")
        << 403 << QByteArray()
        << QByteArray("<html><head><title>Access denied | acme.okta.com used Cloudflare</title></head></html>")
        << QStringLiteral("HTML") << 400;
    QTest::newRow("html without title") << 500 << QByteArray("text/html; charset=utf-8")
                                        << QByteArray("<html><body>oops</body></html>") << QStringLiteral("HTML")
                                        << 400;
    QTest::newRow("huge html title") << 502 << QByteArray("text/html")
                                     << QByteArray("<html><title>" + QByteArray(5000, 'x') + "</title></html>")
                                     << QStringLiteral("HTML") << 400;
    QTest::newRow("truncated json") << 400 << QByteArray("application/json")
                                    << QByteArray(R"({"errorCode":"E0000001","errorSumm)")
                                    << QStringLiteral("not valid JSON") << 400;
    QTest::newRow("plain text") << 503 << QByteArray("text/plain") << QByteArray("upstream connect error")
                                << QStringLiteral("not valid JSON") << 400;
    QTest::newRow("empty body") << 500 << QByteArray("application/json") << QByteArray() << QStringLiteral("no body")
                                << 400;
    QTest::newRow("json array") << 400 << QByteArray("application/json") << QByteArray("[1,2]")
                                << QStringLiteral("not an Okta error") << 400;
    QTest::newRow("object without code") << 400 << QByteArray("application/json") << QByteArray(R"({"message":"nope"})")
                                         << QStringLiteral("no Okta error code") << 400;
    QTest::newRow("huge body") << 500 << QByteArray("application/json")
                               << QByteArray("{\"errorSummary\":\"" + QByteArray(4 * 1024 * 1024, 'a') + "\"}")
                               << QStringLiteral("too large") << 400;
    QTest::newRow("huge summary") << 400 << QByteArray("application/json")
                                  << QByteArray("{\"errorCode\":\"E0000009\",\"errorSummary\":\"" +
                                                QByteArray(20000, 'b') + "\"}")
                                  << QStringLiteral("E0000009") << 400;
    QTest::newRow("oauth style")
        << 400 << QByteArray("application/json")
        << QByteArray(R"({"error":"invalid_dpop_proof","error_description":"The DPoP proof JWT header is missing."})")
        << QStringLiteral("invalid_dpop_proof") << 400;
}

void TestOktaError::malformed()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    QFETCH(int, maxMessageLength);

    const OktaError error = OktaError::fromReply(status, contentType, body, QStringLiteral("req1"));
    QVERIFY(error.isError());
    QCOMPARE(error.httpStatus, status);
    QVERIFY(!error.isWrongState());
    const QString message = error.message();
    QVERIFY2(message.contains(mentions, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(message.size() <= maxMessageLength, qPrintable(QString::number(message.size())));
    QVERIFY(message.contains(QStringLiteral("req1")));
}

void TestOktaError::errorCauses_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("causes");

    QTest::newRow("list") << errorBody(QStringLiteral("E0000001"), QStringLiteral("Api validation failed: newUser"),
                                       QJsonArray{QJsonObject{{QStringLiteral("errorSummary"),
                                                               QStringLiteral("Property name 'notValid' is not "
                                                                              "defined in profile")}}})
                          << QStringList{QStringLiteral("Property name 'notValid' is not defined in profile")};
    QTest::newRow("object") << errorBody(QStringLiteral("E0000001"), QStringLiteral("Api validation failed"),
                                         QJsonObject{{QStringLiteral("errorSummary"), QStringLiteral("login: taken")}})
                            << QStringList{QStringLiteral("login: taken")};
    QTest::newRow("two") << errorBody(QStringLiteral("E0000001"), QStringLiteral("Api validation failed"),
                                      QJsonArray{QJsonObject{{QStringLiteral("errorSummary"), QStringLiteral("a")}},
                                                 QJsonObject{{QStringLiteral("errorSummary"), QStringLiteral("b")}}})
                         << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("strings and junk") << errorBody(QStringLiteral("E0000001"), QStringLiteral("x"),
                                                   QJsonArray{QStringLiteral("plain"), 42,
                                                              QJsonObject{{QStringLiteral("other"), 1}}})
                                      << QStringList{QStringLiteral("plain")};
    QTest::newRow("null") << errorBody(QStringLiteral("E0000001"), QStringLiteral("x"), QJsonValue()) << QStringList();
    QTest::newRow("absent") << errorBody(QStringLiteral("E0000001"), QStringLiteral("x"), QJsonValue::Undefined)
                            << QStringList();
}

void TestOktaError::errorCauses()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, causes);

    const OktaError error = OktaError::fromReply(400, "application/json", body, {});
    QCOMPARE(error.causes, causes);
    QCOMPARE(error.errorCode, QStringLiteral("E0000001"));
    for (const QString& cause : causes) {
        QVERIFY(error.message().contains(cause));
    }
}

void TestOktaError::noErrorHasNoMessage()
{
    const OktaError none;
    QVERIFY(!none.isError());
    QVERIFY(none.message().isEmpty());
    const OktaError timeout = OktaError::make(OktaError::Kind::Timeout, QStringLiteral("No answer within 15000 ms."));
    QVERIFY(timeout.isError());
    QVERIFY(timeout.message().contains(QStringLiteral("15000")));
}

QTEST_GUILESS_MAIN(TestOktaError)
#include "tst_oktaerror.moc"
