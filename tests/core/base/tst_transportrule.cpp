// The transport rule, "https, or plain http to a loopback address where allowed", is decided in one place
// (TransportRule); every client that sends to an address the user or a server gave must decide as it does.

#include "HostileServer.h"
#include "TransportCases.h"
#include "base/Redirects.h"
#include "feed/HttpsSource.h"
#include "okta/OrgUrl.h"
#include "playbooks/PlaybookNotification.h"
#include "playbooks/WebhookNotifier.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretAccounts.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace cordon::core;
using cordon::test::HostileServer;

class TestTransportRule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loopbackHost_data();
    void loopbackHost();
    void everyClientDecidesAlike_data();
    void everyClientDecidesAlike();
    void webhookIsPostedOnlyWhereTheRuleAllows_data();
    void webhookIsPostedOnlyWhereTheRuleAllows();

private:
    // The address of a row, with the test server's port.
    QString address(const QString& url) const;

    HostileServer m_server;
    quint16 m_port = 0;
};

void TestTransportRule::initTestCase()
{
    m_port = m_server.listen();
    QVERIFY(m_port != 0);
    m_server.on("", HostileServer::plain(200, "[]"));
}

void TestTransportRule::loopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("end of 127/8") << QStringLiteral("127.255.255.254") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("ipv4-mapped") << QStringLiteral("::ffff:127.0.0.1") << true;
    QTest::newRow("localhost") << QStringLiteral("localhost") << false;
    QTest::newRow("localhost with a dot") << QStringLiteral("localhost.") << false;
    QTest::newRow("any address") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("ipv6 any address") << QStringLiteral("::") << false;
    QTest::newRow("private address") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("name resolving to loopback") << QStringLiteral("127.0.0.1.nip.io") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestTransportRule::loopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(isLoopbackHost(host), loopback);
}

QString TestTransportRule::address(const QString& url) const
{
    return url.contains(QLatin1String("%1")) ? url.arg(m_port) : url;
}

void TestTransportRule::everyClientDecidesAlike_data()
{
    cordon::test::addTransportRows(cordon::test::TransportRows::All);
}

void TestTransportRule::everyClientDecidesAlike()
{
    QFETCH(QString, url);
    QFETCH(bool, allowLoopback);
    QFETCH(bool, allowed);
    url = address(url);
    const QUrl target(url);
    const TransportRule rule{allowLoopback, false};
    const QString why = rule.check(target);
    QVERIFY2(why.isEmpty() == allowed, qPrintable(why));

    // The webhook URL: the same decision, in its own words, and without the URL's path (its secret part).
    QString webhookWhy;
    QCOMPARE(WebhookNotifier::acceptsUrl(target, allowLoopback, &webhookWhy), allowed);
    QVERIFY2(webhookWhy.contains(why), qPrintable(webhookWhy));
    QVERIFY2(!webhookWhy.contains(QLatin1String("/feed")), qPrintable(webhookWhy));

    // A feed over https: a refused address is refused before anything is sent, and says why.
    QNetworkAccessManager network;
    HttpsSource::Options options;
    options.url = target;
    options.allowHttpLoopback = allowLoopback;
    HttpsSource source(options, {}, &network);
    source.start();
    if (allowed) {
        QCOMPARE(source.state(), HttpsSource::State::Loading);
    } else {
        QCOMPARE(source.state(), HttpsSource::State::Failing);
        QVERIFY2(source.statusMessage().contains(why), qPrintable(source.statusMessage()));
    }
    source.stop();

    // The Okta org: its own rules on top (an Okta host, no http off loopback), never a looser transport rule.
    const OrgUrlResult org = OrgUrl::normalize(url, {allowLoopback, {}});
    if (org.ok) {
        QVERIFY2(rule.check(org.url).isEmpty(), qPrintable(org.url.toString()));
    }
    if (allowed && target.scheme() == QLatin1String("http")) {
        QVERIFY2(org.ok && org.loopback, qPrintable(org.error));
    }
}

void TestTransportRule::webhookIsPostedOnlyWhereTheRuleAllows_data()
{
    cordon::test::addTransportRows(cordon::test::TransportRows::RefusedOrServed);
}

void TestTransportRule::webhookIsPostedOnlyWhereTheRuleAllows()
{
    QFETCH(QString, url);
    QFETCH(bool, allowLoopback);
    QFETCH(bool, allowed);
    QFETCH(bool, served);
    url = address(url);
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    bool written = false;
    secrets.write(SecretAccounts::webhookUrl(QStringLiteral("soc")), url.toUtf8(), this,
                  [&written](const SecretResult& result) { written = result.ok(); });
    QTRY_VERIFY(written);
    WebhookNotifier notifier(&network, &secrets);
    notifier.setWebhookId(QStringLiteral("soc"));
    notifier.setAllowHttpLoopback(allowLoopback);
    notifier.setMaxAttempts(1);
    QSignalSpy delivered(&notifier, &WebhookNotifier::delivered);
    QSignalSpy failed(&notifier, &WebhookNotifier::failed);
    const qsizetype before = m_server.requests().size();

    PlaybookNotification notification;
    notification.id = QStringLiteral("n-1");
    notification.playbookName = QStringLiteral("Contain");
    notifier.notify(notification);
    if (served) {
        QVERIFY(delivered.wait(10000));
        QCOMPARE(m_server.requests().size(), before + 1);
        return;
    }
    QVERIFY(!allowed);
    QVERIFY(failed.wait(5000));
    QString expected;
    QVERIFY(!WebhookNotifier::acceptsUrl(QUrl(url, QUrl::StrictMode), allowLoopback, &expected));
    QCOMPARE(failed.at(0).at(1).toString(), expected);
    QCOMPARE(failed.at(0).at(2).toInt(), 0);
    QCOMPARE(m_server.requests().size(), before);
}

QTEST_GUILESS_MAIN(TestTransportRule)
#include "tst_transportrule.moc"
