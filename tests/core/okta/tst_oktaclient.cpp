#include "CordonVersion.h"
#include "okta/OktaClient.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <deque>
#include <optional>

using namespace cordon::core;

namespace
{

// A loopback server that records each request's head and answers with the next canned response,
// to see the exact bytes Qt puts on the wire.
class WireServer : public QObject
{
public:
    WireServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    void answer(const QByteArray& statusLine, const QByteArray& headers = {}, const QByteArray& body = {})
    {
        m_responses.push_back(statusLine + "\r\n" + headers + "Content-Length: " + QByteArray::number(body.size()) +
                              "\r\nConnection: close\r\n\r\n" + body);
    }
    QList<QByteArray> requests;

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n")) {
            return;
        }
        requests.append(buffer.left(buffer.indexOf("\r\n\r\n")));
        m_buffers.remove(socket);
        const QByteArray response = m_responses.empty() ? QByteArray("HTTP/1.1 500 Internal Server Error\r\n"
                                                                     "Content-Length: 0\r\nConnection: close\r\n\r\n")
                                                        : m_responses.front();
        if (!m_responses.empty()) {
            m_responses.pop_front();
        }
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    std::deque<QByteArray> m_responses;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

QByteArray header(const QByteArray& head, const QByteArray& name)
{
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            return line.mid(colon + 1).trimmed();
        }
    }
    return {};
}

} // namespace

class TestOktaClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void headersOnEveryRequest_data();
    void headersOnEveryRequest();
    void loginIsEncodedInThePath();
    void nextLinkToAnotherHostIsNotFollowed();
    void retryAfter429NamesTheRefusedRequest();
    void redirectIsNotFollowed();
    void missingConfiguration();

private:
    std::optional<OktaReply> run(const std::function<void(OktaClient::ReplyCallback)>& call);

    std::unique_ptr<WireServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<OktaClient> m_client;
};

void TestOktaClient::init()
{
    m_server = std::make_unique<WireServer>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<OktaClient>(m_network.get());
    m_client->setOrgUrl(m_server->url());
    m_client->setToken("00abcdefTOKEN");
    m_client->setRetryBaseDelayMs(10);
}

void TestOktaClient::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

std::optional<OktaReply> TestOktaClient::run(const std::function<void(OktaClient::ReplyCallback)>& call)
{
    std::optional<OktaReply> result;
    call([&result](const OktaReply& reply) { result = reply; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000)) {
        return std::nullopt;
    }
    return result;
}

void TestOktaClient::headersOnEveryRequest_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("requestLine");
    QTest::addColumn<bool>("bodiless");
    QTest::newRow("suspend") << QStringLiteral("suspend")
                             << QByteArray("POST /api/v1/users/00u1/lifecycle/suspend HTTP/1.1") << true;
    QTest::newRow("unsuspend") << QStringLiteral("unsuspend")
                               << QByteArray("POST /api/v1/users/00u1/lifecycle/unsuspend HTTP/1.1") << true;
    QTest::newRow("add to group") << QStringLiteral("add") << QByteArray("PUT /api/v1/groups/00g1/users/00u1 HTTP/1.1")
                                  << true;
    QTest::newRow("remove from group") << QStringLiteral("remove")
                                       << QByteArray("DELETE /api/v1/groups/00g1/users/00u1 HTTP/1.1") << false;
    QTest::newRow("clear sessions")
        << QStringLiteral("clear")
        << QByteArray("DELETE /api/v1/users/00u1/sessions?oauthTokens=true&forgetDevices=true HTTP/1.1") << false;
    QTest::newRow("schema") << QStringLiteral("schema") << QByteArray("GET /api/v1/meta/schemas/user/default HTTP/1.1")
                            << false;
}

void TestOktaClient::headersOnEveryRequest()
{
    QFETCH(QString, action);
    QFETCH(QByteArray, requestLine);
    QFETCH(bool, bodiless);
    m_server->answer("HTTP/1.1 200 OK", "X-Okta-Request-Id: reqWire1\r\nContent-Type: application/json\r\n", "{}");
    const auto reply = run([&](OktaClient::ReplyCallback done) {
        const QString user = QStringLiteral("00u1");
        const QString group = QStringLiteral("00g1");
        if (action == QLatin1String("suspend")) {
            m_client->suspend(user, this, done);
        } else if (action == QLatin1String("unsuspend")) {
            m_client->unsuspend(user, this, done);
        } else if (action == QLatin1String("add")) {
            m_client->addToGroup(group, user, this, done);
        } else if (action == QLatin1String("remove")) {
            m_client->removeFromGroup(group, user, this, done);
        } else if (action == QLatin1String("clear")) {
            m_client->clearSessions(user, this, done);
        } else {
            m_client->userSchema(this, done);
        }
    });
    QVERIFY(reply);
    QVERIFY2(reply->ok(), qPrintable(reply->error.message()));
    QCOMPARE(reply->requestId, QStringLiteral("reqWire1"));
    QCOMPARE(m_server->requests.size(), 1);
    const QByteArray head = m_server->requests.first();
    QCOMPARE(head.left(head.indexOf("\r\n")), requestLine);
    QCOMPARE(header(head, "Authorization"), QByteArray("SSWS 00abcdefTOKEN"));
    QCOMPARE(header(head, "Accept"), QByteArray("application/json"));
    QCOMPARE(header(head, "Content-Type"), QByteArray("application/json"));
    QCOMPARE(header(head, "User-Agent"), QByteArray("cordon/" CORDON_VERSION_STRING));
    // Okta answers 411 to a bodiless POST or PUT without it.
    if (bodiless) {
        QCOMPARE(header(head, "Content-Length"), QByteArray("0"));
    }
}

void TestOktaClient::loginIsEncodedInThePath()
{
    m_server->answer("HTTP/1.1 200 OK", "Content-Type: application/json\r\n", R"({"id":"00u1"})");
    const QString login = QStringLiteral("jo+ren?x#y@example.com");
    const auto reply = run([&](OktaClient::ReplyCallback done) {
        m_client->getUser(login, this, [done](const OktaReply& r, const OktaUser&) { done(r); });
    });
    QVERIFY(reply && reply->ok());
    const QByteArray line = m_server->requests.first().split('\r').first();
    const QByteArray path = line.split(' ').at(1);
    QVERIFY2(!path.contains('+') && !path.contains('?') && !path.contains('#'), path.constData());
    QCOMPARE(QUrl::fromPercentEncoding(path), QStringLiteral("/api/v1/users/") + login);
}

void TestOktaClient::nextLinkToAnotherHostIsNotFollowed()
{
    m_server->answer("HTTP/1.1 200 OK",
                     "Content-Type: application/json\r\n"
                     "Link: <http://attacker.example/api/v1/users?after=00u1>; rel=\"next\"\r\n",
                     R"([{"id":"00u1"}])");
    std::optional<OktaReply> result;
    QList<OktaUser> users;
    m_client->searchUsers({}, this, [&](const OktaReply& reply, const QList<OktaUser>& list) {
        result = reply;
        users = list;
    });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error.kind, OktaError::Kind::InvalidResponse);
    QVERIFY(result->error.message().contains(QStringLiteral("attacker.example")));
    QCOMPARE(users.size(), 1);
    QCOMPARE(m_server->requests.size(), 1);
}

void TestOktaClient::retryAfter429NamesTheRefusedRequest()
{
    m_client->governor()->setResetMarginMs(0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray date = QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " GMT";
    m_server->answer(
        "HTTP/1.1 429 Too Many Requests",
        "Content-Type: application/json\r\nX-Okta-Request-Id: reqRefused\r\nDate: " + date +
            "\r\nX-Rate-Limit-Limit: 600\r\nX-Rate-Limit-Remaining: 0\r\nX-Rate-Limit-Reset: " +
            QByteArray::number(now.toSecsSinceEpoch()) + "\r\n",
        R"({"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests."})");
    m_server->answer("HTTP/1.1 200 OK", "Content-Type: application/json\r\n", "{}");
    const auto reply =
        run([&](OktaClient::ReplyCallback done) { m_client->suspend(QStringLiteral("00u1"), this, done); });
    QVERIFY(reply);
    QVERIFY2(reply->ok(), qPrintable(reply->error.message()));
    QCOMPARE(reply->attempts, 2);
    QCOMPARE(m_server->requests.size(), 2);
    QCOMPARE(header(m_server->requests.at(1), "X-Okta-Retry-For"), QByteArray("reqRefused"));
    QCOMPARE(header(m_server->requests.at(1), "X-Okta-Retry-Count"), QByteArray("1"));
}

void TestOktaClient::redirectIsNotFollowed()
{
    // Following it would hand the token to whatever host it names.
    m_server->answer("HTTP/1.1 302 Found", "Location: http://attacker.example/api/v1/users/00u1\r\n");
    const auto reply = run([&](OktaClient::ReplyCallback done) {
        m_client->getUser(QStringLiteral("00u1"), this, [done](const OktaReply& r, const OktaUser&) { done(r); });
    });
    QVERIFY(reply);
    QVERIFY(!reply->ok());
    QCOMPARE(reply->httpStatus, 302);
    QCOMPARE(m_server->requests.size(), 1);
}

void TestOktaClient::missingConfiguration()
{
    OktaClient bare(m_network.get());
    bool synchronous = true;
    std::optional<OktaReply> result;
    bare.suspend(QStringLiteral("00u1"), this, [&](const OktaReply& reply) {
        QVERIFY(!synchronous);
        result = reply;
    });
    synchronous = false;
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error.kind, OktaError::Kind::Configuration);
    QVERIFY(m_server->requests.isEmpty());
}

QTEST_GUILESS_MAIN(TestOktaClient)
#include "tst_oktaclient.moc"
