#include "FloodServer.h"
#include "IncidentBuilder.h"
#include "LoopbackServer.h"
#include "playbooks/WebhookNotifier.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretAccounts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace cordon::core;
using cordon::test::FloodServer;
using cordon::test::LoopbackServer;

namespace
{

const QString kHookPath = QStringLiteral("/services/T000/B000/secretpart");

// Makes the server a webhook receiver that answers each POST with the next status of the list (the last one
// repeats).
void answerWith(LoopbackServer& server, const QList<int>& statuses)
{
    for (qsizetype i = 0; i + 1 < statuses.size(); ++i) {
        server.enqueue(LoopbackServer::Answer::plain(statuses.at(i), "ok"));
    }
    server.setFallback(LoopbackServer::Answer::plain(statuses.last(), "ok"));
}

PlaybookNotification notification()
{
    PlaybookNotification notification;
    notification.kind = PlaybookNotification::Kind::ApprovalNeeded;
    notification.id = QStringLiteral("n-1");
    notification.incident =
        IncidentBuilder(QStringLiteral("det_42"), QStringLiteral("redcanary"), QStringLiteral("lab"))
            .title(QStringLiteral("Credential theft on LT-JOREN-01 <mimikatz> & friends"))
            .host(QStringLiteral("LT-JOREN-01"))
            .rawUser(QStringLiteral("AD_DOMAIN\\joren"));
    notification.playbookId = QStringLiteral("contain");
    notification.playbookName = QStringLiteral("Contain");
    Candidate candidate;
    candidate.user.id = QStringLiteral("00u1a2b3c4d5e6f7g8h9");
    candidate.user.login = QStringLiteral("joren.m@example.com");
    candidate.user.displayName = QStringLiteral("Joren Maes");
    candidate.user.status = QStringLiteral("ACTIVE");
    candidate.confidence = Candidate::Confidence::Exact;
    candidate.score = 1.0;
    notification.candidates = {candidate};
    notification.pendingId = QStringLiteral("p-1");
    notification.message = QStringLiteral("the playbook asks before it runs");
    return notification;
}

} // namespace

class TestWebhookNotifier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void payloadShape();
    void incidentLinkRoundTrip_data();
    void incidentLinkRoundTrip();
    void acceptsUrl_data();
    void acceptsUrl();
    void postsToLoopback();
    void retriesOn500();
    void givesUpAfterBoundedAttempts();
    void clientErrorIsNotRetried();
    void endlessAnswerIsCutOff();
    void refusesPlainHttpElsewhere();
    void noWebhookStored();

private:
    void store(const QUrl& url);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<WebhookNotifier> m_notifier;
};

void TestWebhookNotifier::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_notifier = std::make_unique<WebhookNotifier>(m_network.get(), m_secrets.get());
    m_notifier->setWebhookId(QStringLiteral("soc"));
    m_notifier->setAllowHttpLoopback(true);
    m_notifier->setRetryDelayMs(20);
    m_notifier->setMaxAttempts(3);
}

void TestWebhookNotifier::cleanup()
{
    m_notifier.reset();
    m_secrets.reset();
    m_network.reset();
}

void TestWebhookNotifier::store(const QUrl& url)
{
    bool written = false;
    m_secrets->write(SecretAccounts::webhookUrl(QStringLiteral("soc")), url.toString().toUtf8(), this,
                     [&written](const SecretResult& result) { written = result.ok(); });
    QTRY_VERIFY(written);
}

void TestWebhookNotifier::payloadShape()
{
    const QJsonObject payload = WebhookNotifier::payload(notification());

    // Slack and Teams both render `text`; Slack's markup characters are escaped.
    const QString text = payload.value(QStringLiteral("text")).toString();
    QVERIFY(text.contains(QStringLiteral("Approval needed")));
    QVERIFY(text.contains(QStringLiteral("redcanary:lab:det_42")));
    QVERIFY(text.contains(QStringLiteral("joren.m@example.com")));
    QVERIFY(text.contains(QStringLiteral("cordon://incident/")));
    QVERIFY(text.contains(QStringLiteral("&lt;mimikatz&gt; &amp; friends")));
    QVERIFY(!text.contains(QStringLiteral("<mimikatz>")));

    // Teams' MessageCard needs a summary or text, and opens the link from its action.
    QCOMPARE(payload.value(QStringLiteral("@type")).toString(), QStringLiteral("MessageCard"));
    QVERIFY(!payload.value(QStringLiteral("summary")).toString().isEmpty());
    const QJsonObject action = payload.value(QStringLiteral("potentialAction")).toArray().at(0).toObject();
    QCOMPARE(action.value(QStringLiteral("@type")).toString(), QStringLiteral("OpenUri"));
    const QString link =
        action.value(QStringLiteral("targets")).toArray().at(0).toObject().value(QStringLiteral("uri")).toString();
    QCOMPARE(PlaybookNotification::incidentIdFromLink(QUrl(link)), QStringLiteral("redcanary:lab:det_42"));
    QVERIFY(!payload.value(QStringLiteral("sections"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("facts"))
                 .toArray()
                 .isEmpty());

    // The structured part carries the incident, the candidate and the link.
    const QJsonObject cordon = payload.value(QStringLiteral("cordon")).toObject();
    QCOMPARE(cordon.value(QStringLiteral("event")).toString(), QStringLiteral("approval_needed"));
    QCOMPARE(cordon.value(QStringLiteral("incident")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("redcanary:lab:det_42"));
    QCOMPARE(cordon.value(QStringLiteral("candidate")).toObject().value(QStringLiteral("login")).toString(),
             QStringLiteral("joren.m@example.com"));
    QCOMPARE(cordon.value(QStringLiteral("candidate")).toObject().value(QStringLiteral("confidence")).toString(),
             QStringLiteral("exact"));
    QCOMPARE(cordon.value(QStringLiteral("playbook")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("contain"));
    QCOMPARE(cordon.value(QStringLiteral("pendingId")).toString(), QStringLiteral("p-1"));
    QCOMPARE(cordon.value(QStringLiteral("link")).toString(), link);

    // Without a candidate the fields say so rather than vanish.
    PlaybookNotification none = notification();
    none.candidates.clear();
    const QJsonObject bare = WebhookNotifier::payload(none);
    QVERIFY(bare.value(QStringLiteral("cordon")).toObject().value(QStringLiteral("candidate")).isNull());
    QVERIFY(bare.value(QStringLiteral("text")).toString().contains(QStringLiteral("none found")));
}

void TestWebhookNotifier::incidentLinkRoundTrip_data()
{
    QTest::addColumn<QString>("incidentId");
    QTest::newRow("colons") << QStringLiteral("redcanary:lab:det_42");
    QTest::newRow("slash and space") << QStringLiteral("generic:a b:x/y?z#1");
    QTest::newRow("non-ascii") << QStringLiteral("ocsf:lab:été");
}

void TestWebhookNotifier::incidentLinkRoundTrip()
{
    QFETCH(QString, incidentId);
    const QUrl link = PlaybookNotification::incidentLink(incidentId);
    QVERIFY(link.isValid());
    QVERIFY(link.toString(QUrl::FullyEncoded).startsWith(QStringLiteral("cordon://incident/")));
    // Through text and back, as a tray click or a chat client hands it over.
    QCOMPARE(PlaybookNotification::incidentIdFromLink(QUrl(link.toString(QUrl::FullyEncoded))), incidentId);
    QVERIFY(PlaybookNotification::incidentIdFromLink(QUrl(QStringLiteral("https://example.com/x"))).isEmpty());
}

void TestWebhookNotifier::acceptsUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowLoopback");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << QStringLiteral("https://hooks.slack.com/services/T/B/X") << false << true;
    QTest::newRow("http elsewhere") << QStringLiteral("http://hooks.slack.com/services/T/B/X") << true << false;
    QTest::newRow("http loopback allowed") << QStringLiteral("http://127.0.0.1:8080/hook") << true << true;
    QTest::newRow("http loopback not allowed") << QStringLiteral("http://127.0.0.1:8080/hook") << false << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/hook") << true << false;
    QTest::newRow("no host") << QStringLiteral("https:///hook") << false << false;
}

void TestWebhookNotifier::acceptsUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, allowLoopback);
    QFETCH(bool, accepted);
    QString error;
    QCOMPARE(WebhookNotifier::acceptsUrl(QUrl(url), allowLoopback, &error), accepted);
    QCOMPARE(error.isEmpty(), accepted);
    QVERIFY(!error.contains(QStringLiteral("slack")));
}

void TestWebhookNotifier::postsToLoopback()
{
    LoopbackServer server;
    answerWith(server, {200});
    QVERIFY(server.isListening());
    store(server.url(kHookPath));
    QSignalSpy delivered(m_notifier.get(), &WebhookNotifier::delivered);
    m_notifier->notify(notification());
    QVERIFY(delivered.wait(10000));
    QCOMPARE(delivered.at(0).at(0).toString(), QStringLiteral("n-1"));
    QCOMPARE(delivered.at(0).at(1).toInt(), 1);
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(server.requests().at(0).line.startsWith("POST /services/T000/B000/secretpart "));
    QVERIFY(server.requests().at(0).header("Content-Type").startsWith("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(server.requests().at(0).body).object();
    QCOMPARE(body, WebhookNotifier::payload(notification()));
}

void TestWebhookNotifier::retriesOn500()
{
    LoopbackServer server;
    answerWith(server, {500, 503, 200});
    QVERIFY(server.isListening());
    store(server.url(kHookPath));
    QSignalSpy delivered(m_notifier.get(), &WebhookNotifier::delivered);
    QSignalSpy failed(m_notifier.get(), &WebhookNotifier::failed);
    m_notifier->notify(notification());
    QVERIFY(delivered.wait(10000));
    QCOMPARE(delivered.at(0).at(1).toInt(), 3);
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(server.requests().at(0).body, server.requests().at(2).body);
    QCOMPARE(failed.size(), 0);
}

void TestWebhookNotifier::givesUpAfterBoundedAttempts()
{
    LoopbackServer server;
    answerWith(server, {500});
    QVERIFY(server.isListening());
    store(server.url(kHookPath));
    QSignalSpy failed(m_notifier.get(), &WebhookNotifier::failed);
    m_notifier->notify(notification());
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(2).toInt(), 3);
    const QString reason = failed.at(0).at(1).toString();
    QVERIFY2(reason.contains(QStringLiteral("500")), qPrintable(reason));
    // The URL is a credential: it is in no report.
    QVERIFY(!reason.contains(QStringLiteral("secretpart")));
    QVERIFY(!reason.contains(QStringLiteral("127.0.0.1")));
    QTest::qWait(200);
    QCOMPARE(server.requests().size(), 3);
}

void TestWebhookNotifier::clientErrorIsNotRetried()
{
    LoopbackServer server;
    answerWith(server, {404, 200});
    QVERIFY(server.isListening());
    store(server.url(kHookPath));
    QSignalSpy failed(m_notifier.get(), &WebhookNotifier::failed);
    m_notifier->notify(notification());
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(2).toInt(), 1);
    QTest::qWait(200);
    QCOMPARE(server.requests().size(), 1);
}

void TestWebhookNotifier::endlessAnswerIsCutOff()
{
    // A receiver that accepts the post, then sends without end as fast as it is read.
    FloodServer server(qint64(1) << 30, FloodServer::Length::Unannounced);
    const quint16 port = server.listen();
    QVERIFY(port != 0);
    store(QUrl(QStringLiteral("http://127.0.0.1:%1/services/T000/B000/secretpart").arg(port)));
    QSignalSpy delivered(m_notifier.get(), &WebhookNotifier::delivered);
    QSignalSpy failed(m_notifier.get(), &WebhookNotifier::failed);
    m_notifier->notify(notification());
    QVERIFY(delivered.wait(10000));
    QCOMPARE(delivered.at(0).at(1).toInt(), 1);
    QCOMPARE(failed.size(), 0);
    // Only the status counts: the answer was cut off a little past its start, not read to its gigabyte.
    QVERIFY2(server.sent() < 64 * 1024 * 1024, qPrintable(QString::number(server.sent())));
}

void TestWebhookNotifier::refusesPlainHttpElsewhere()
{
    store(QUrl(QStringLiteral("http://hooks.example.com/services/secretpart")));
    QSignalSpy failed(m_notifier.get(), &WebhookNotifier::failed);
    m_notifier->notify(notification());
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(2).toInt(), 0);
    QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("https")));
    QVERIFY(!failed.at(0).at(1).toString().contains(QStringLiteral("secretpart")));
}

void TestWebhookNotifier::noWebhookStored()
{
    QSignalSpy failed(m_notifier.get(), &WebhookNotifier::failed);
    m_notifier->notify(notification());
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(2).toInt(), 0);

    // Without a webhook id nothing is read or sent at all.
    m_notifier->setWebhookId({});
    const int calls = m_secrets->calls();
    QSignalSpy later(m_notifier.get(), &WebhookNotifier::failed);
    m_notifier->notify(notification());
    QTest::qWait(100);
    QCOMPARE(later.size(), 0);
    QCOMPARE(m_secrets->calls(), calls);
}

QTEST_GUILESS_MAIN(TestWebhookNotifier)
#include "tst_webhooknotifier.moc"
