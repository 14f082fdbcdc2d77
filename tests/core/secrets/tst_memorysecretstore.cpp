#include "secrets/MemorySecretStore.h"
#include "secrets/SecretAccounts.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <optional>

using namespace cordon::core;

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void answersAsynchronously();
    void failures_data();
    void failures();
    void destroyedContextDropsTheAnswer();
    void accounts();
    void scrubbing();

private:
    SecretResult wait(const std::function<void(SecretStoreInterface::Callback)>& call);
};

SecretResult TestMemorySecretStore::wait(const std::function<void(SecretStoreInterface::Callback)>& call)
{
    std::optional<SecretResult> result;
    call([&result](SecretResult r) { result = std::move(r); });
    [&] { QTRY_VERIFY(result.has_value()); }();
    return result.value_or(SecretResult{});
}

void TestMemorySecretStore::roundTrip()
{
    MemorySecretStore store;
    const QString account = QStringLiteral("acme.okta.com");
    QCOMPARE(wait([&](auto cb) { store.read(account, this, cb); }).status, SecretResult::Status::NotFound);
    QVERIFY(wait([&](auto cb) { store.write(account, "first", this, cb); }).ok());
    SecretResult read = wait([&](auto cb) { store.read(account, this, cb); });
    QVERIFY(read.ok());
    QCOMPARE(read.secret, QByteArray("first"));
    QVERIFY(read.message.isEmpty());
    QVERIFY(wait([&](auto cb) { store.write(account, "second", this, cb); }).ok());
    QCOMPARE(wait([&](auto cb) { store.read(account, this, cb); }).secret, QByteArray("second"));
    QVERIFY(wait([&](auto cb) { store.remove(account, this, cb); }).ok());
    const SecretResult gone = wait([&](auto cb) { store.read(account, this, cb); });
    QCOMPARE(gone.status, SecretResult::Status::NotFound);
    QVERIFY(gone.secret.isEmpty());
    QVERIFY(gone.message.contains(account));
    QVERIFY(!store.contains(account));
}

void TestMemorySecretStore::answersAsynchronously()
{
    MemorySecretStore store;
    bool answered = false;
    store.write(QStringLiteral("a"), "x", this, [&answered](const SecretResult&) { answered = true; });
    QVERIFY(!answered);
    QTRY_VERIFY(answered);
    QCOMPARE(store.calls(), 1);
}

void TestMemorySecretStore::failures_data()
{
    QTest::addColumn<SecretResult::Status>("status");
    QTest::newRow("no backend") << SecretResult::Status::NoBackend;
    QTest::newRow("access denied") << SecretResult::Status::AccessDenied;
    QTest::newRow("other") << SecretResult::Status::Other;
}

void TestMemorySecretStore::failures()
{
    QFETCH(SecretResult::Status, status);
    MemorySecretStore store;
    QVERIFY(wait([&](auto cb) { store.write(QStringLiteral("k"), "secret", this, cb); }).ok());
    store.setFailure(status);
    const SecretResult read = wait([&](auto cb) { store.read(QStringLiteral("k"), this, cb); });
    QCOMPARE(read.status, status);
    QVERIFY(read.secret.isEmpty());
    QVERIFY(!read.message.isEmpty());
    QVERIFY(read.message.contains(store.backendName()));
    QCOMPARE(wait([&](auto cb) { store.write(QStringLiteral("k"), "new", this, cb); }).status, status);
    QCOMPARE(wait([&](auto cb) { store.remove(QStringLiteral("k"), this, cb); }).status, status);
    store.setFailure(SecretResult::Status::Ok);
    QCOMPARE(wait([&](auto cb) { store.read(QStringLiteral("k"), this, cb); }).secret, QByteArray("secret"));
}

void TestMemorySecretStore::destroyedContextDropsTheAnswer()
{
    MemorySecretStore store;
    bool answered = false;
    auto* ctx = new QObject;
    store.read(QStringLiteral("a"), ctx, [&answered](const SecretResult&) { answered = true; });
    delete ctx;
    bool later = false;
    store.read(QStringLiteral("a"), this, [&later](const SecretResult&) { later = true; });
    QTRY_VERIFY(later);
    QVERIFY(!answered);
}

void TestMemorySecretStore::accounts()
{
    QCOMPARE(SecretAccounts::oktaToken(QUrl(QStringLiteral("https://ACME.okta.com/"))),
             QStringLiteral("acme.okta.com"));
    QCOMPARE(SecretAccounts::oktaToken(QUrl(QStringLiteral("https://login.example.com:8443"))),
             QStringLiteral("login.example.com"));
    QCOMPARE(SecretAccounts::feedKey(QStringLiteral("redcanary-1")), QStringLiteral("v1/feed-key/redcanary-1"));
    QCOMPARE(SecretAccounts::webhookUrl(QStringLiteral("slack")), QStringLiteral("v1/webhook-url/slack"));
    QCOMPARE(SecretAccounts::Service, QStringLiteral("Cordon"));
}

void TestMemorySecretStore::scrubbing()
{
    QByteArray buffer("00abcdefSECRET");
    const char* data = buffer.constData();
    QByteArray shared = buffer;
    scrubSecret(buffer);
    QVERIFY(buffer.isEmpty());
    // Still owned by the other copy, so it was left alone for that owner to scrub.
    QCOMPARE(shared, QByteArray("00abcdefSECRET"));
    QCOMPARE(shared.constData(), data);
    QVERIFY(shared.isDetached());
    scrubSecret(shared);
    QVERIFY(shared.isEmpty());

    SecretResult result(SecretResult::Status::Ok, QByteArray("token"), {});
    SecretResult copy = result;
    QCOMPARE(copy.secret, QByteArray("token"));
    SecretResult moved = std::move(result);
    QCOMPARE(moved.secret, QByteArray("token"));
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
