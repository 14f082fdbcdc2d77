#include "HostileServer.h"
#include "IncidentBuilder.h"
#include "playbooks/WebhookNotifier.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretAccounts.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace cordon::core;
using cordon::test::HostileServer;

// The webhook notifier against a receiver that redirects: each hop is held to the rule its URL was (https, or
// plain http to loopback where allowed), and a refused hop fails the post with a reason that names no secret.

namespace
{

PlaybookNotification notification()
{
    PlaybookNotification notification;
    notification.kind = PlaybookNotification::Kind::ApprovalNeeded;
    notification.id = QStringLiteral("n-1");
    notification.incident =
        IncidentBuilder(QStringLiteral("det_42"), QStringLiteral("redcanary"), QStringLiteral("lab"))
            .title(QStringLiteral("Credential theft on LT-JOREN-01"));
    notification.playbookName = QStringLiteral("Contain");
    return notification;
}

} // namespace

class TestWebhookNotifierHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redirectToPlainHttpElsewhereIsRefused_data();
    void redirectToPlainHttpElsewhereIsRefused();
    void redirectOnLoopbackIsFollowed();
};

void TestWebhookNotifierHostile::redirectToPlainHttpElsewhereIsRefused_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("302") << 302;
    QTest::newRow("307") << 307;
    QTest::newRow("308") << 308;
}

void TestWebhookNotifierHostile::redirectToPlainHttpElsewhereIsRefused()
{
    QFETCH(int, status);
    HostileServer receiver;
    QVERIFY(receiver.listen() != 0);
    receiver.on("POST /", HostileServer::redirect(status, QUrl(QStringLiteral("http://hooks.example.invalid/in"))));

    QNetworkAccessManager network;
    MemorySecretStore secrets;
    WebhookNotifier notifier(&network, &secrets);
    notifier.setWebhookId(QStringLiteral("soc"));
    notifier.setAllowHttpLoopback(true);
    notifier.setRetryDelayMs(20);
    notifier.setMaxAttempts(3);
    bool written = false;
    secrets.write(SecretAccounts::webhookUrl(QStringLiteral("soc")),
                  receiver.url(QStringLiteral("/services/T000/B000/secretpart")).toString().toUtf8(), this,
                  [&written](const SecretResult& result) { written = result.ok(); });
    QTRY_VERIFY(written);

    QSignalSpy delivered(&notifier, &WebhookNotifier::delivered);
    QSignalSpy failed(&notifier, &WebhookNotifier::failed);
    notifier.notify(notification());
    QVERIFY(failed.wait(20000));
    QCOMPARE(delivered.size(), 0);
    const QString reason = failed.at(0).at(1).toString();
    QVERIFY2(reason.contains(QLatin1String("redirect to http://hooks.example.invalid was not followed")),
             qPrintable(reason));
    QVERIFY2(!reason.contains(QLatin1String("secretpart")), qPrintable(reason));
    // Refused, not retried: the same post would meet the same redirect.
    QCOMPARE(failed.at(0).at(2).toInt(), 1);
    QCOMPARE(receiver.requests().size(), 1);
}

void TestWebhookNotifierHostile::redirectOnLoopbackIsFollowed()
{
    HostileServer receiver;
    QVERIFY(receiver.listen() != 0);
    receiver.on("POST /old", HostileServer::redirect(307, receiver.url(QStringLiteral("/new"))));
    receiver.on("POST /new", HostileServer::plain(200, "ok", "text/plain"));

    QNetworkAccessManager network;
    MemorySecretStore secrets;
    WebhookNotifier notifier(&network, &secrets);
    notifier.setWebhookId(QStringLiteral("soc"));
    notifier.setAllowHttpLoopback(true);
    bool written = false;
    secrets.write(SecretAccounts::webhookUrl(QStringLiteral("soc")),
                  receiver.url(QStringLiteral("/old")).toString().toUtf8(), this,
                  [&written](const SecretResult& result) { written = result.ok(); });
    QTRY_VERIFY(written);
    QSignalSpy delivered(&notifier, &WebhookNotifier::delivered);
    notifier.notify(notification());
    QVERIFY(delivered.wait(20000));
    QCOMPARE(receiver.requests().size(), 2);
    QCOMPARE(receiver.requests().at(1).method, "POST");
    QVERIFY(receiver.requests().at(1).body.contains("det_42"));
}

QTEST_GUILESS_MAIN(TestWebhookNotifierHostile)
#include "tst_webhooknotifier_hostile.moc"
