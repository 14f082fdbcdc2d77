#include "TestDatabase.h"
#include "base/Clock.h"
#include "store/Database.h"
#include "store/IdentityLinkStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cordon::core;

namespace
{

// The name a decision is recorded under: the one given, or on a shared database its session user.
QString recorded(const QString& given)
{
    return TestDatabase::onPostgres() ? QStringLiteral("alice") : given;
}

} // namespace

namespace
{
const QString kSource = QStringLiteral("redcanary:acme");
const QString kIdentity = QStringLiteral("AD_DOMAIN\\joren");
const QString kEndpoint = QStringLiteral("LAPTOP-7");
const qint64 kDayMs = 24LL * 3600 * 1000;
} // namespace

class TestIdentityLinkStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void confirmAndLookup();
    void lookupIsCaseInsensitive_data();
    void lookupIsCaseInsensitive();
    void endpointScope();
    void expiry();
    void revoke();
    void newConfirmationReplacesTheOld();
    void reject();
    void rejectWithoutEndpointWithdrawsTheConfirmation();
    void survivesReopen();

private:
    qint64 confirm(const QString& user, const QString& endpoint = kEndpoint, int days = 90);

    QTemporaryDir* m_dir = nullptr;
    Database* m_db = nullptr;
    ManualClock* m_clock = nullptr;
    IdentityLinkStore* m_links = nullptr;
};

void TestIdentityLinkStore::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database;
    QVERIFY(m_db->open(TestDatabase::freshLocation(*m_dir)));
    m_clock = new ManualClock;
    m_links = new IdentityLinkStore(*m_db, m_clock);
}

void TestIdentityLinkStore::cleanup()
{
    delete m_links;
    delete m_clock;
    delete m_db;
    delete m_dir;
}

qint64 TestIdentityLinkStore::confirm(const QString& user, const QString& endpoint, int days)
{
    return m_links->confirm(kSource, kIdentity, endpoint, user, user + QStringLiteral("@example.com"),
                            QStringLiteral("analyst1"), QStringLiteral("redcanary:acme:9"), days);
}

void TestIdentityLinkStore::confirmAndLookup()
{
    QVERIFY(!m_links->lookup(kSource, kIdentity, kEndpoint));
    const qint64 id = confirm(QStringLiteral("00u1"));
    QVERIFY(id > 0);
    const std::optional<IdentityLink> link = m_links->lookup(kSource, kIdentity, kEndpoint);
    QVERIFY(link);
    QCOMPARE(link->id, id);
    QCOMPARE(link->oktaUserId, QStringLiteral("00u1"));
    QCOMPARE(link->oktaLogin, QStringLiteral("00u1@example.com"));
    QCOMPARE(link->decision, IdentityLink::Decision::Confirmed);
    QCOMPARE(link->analyst, recorded(QStringLiteral("analyst1")));
    QCOMPARE(link->incidentId, QStringLiteral("redcanary:acme:9"));
    QCOMPARE(link->rawIdentity, kIdentity);
    QCOMPARE(link->createdAt, m_clock->now());
    QCOMPARE(link->expiresAt, m_clock->now().addDays(IdentityLinkStore::DefaultValidityDays));
    QVERIFY(!link->revokedAt.isValid());
    QVERIFY(!m_links->lookup(QStringLiteral("ocsf:other"), kIdentity, kEndpoint));
    QVERIFY(!m_links->lookup(kSource, QStringLiteral("AD_DOMAIN\\jorenx"), kEndpoint));
}

void TestIdentityLinkStore::lookupIsCaseInsensitive_data()
{
    QTest::addColumn<QString>("identity");
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("lower") << QStringLiteral("ad_domain\\joren") << QStringLiteral("laptop-7");
    QTest::newRow("upper") << QStringLiteral("AD_DOMAIN\\JOREN") << QStringLiteral("LAPTOP-7");
    QTest::newRow("spaces") << QStringLiteral(" AD_DOMAIN\\Joren ") << QStringLiteral("Laptop-7");
    QTest::newRow("non-ascii") << QStringLiteral("AD_DOMAIN\\JÖRG") << QStringLiteral("laptop-7");
}

void TestIdentityLinkStore::lookupIsCaseInsensitive()
{
    QFETCH(QString, identity);
    QFETCH(QString, endpoint);
    QVERIFY(m_links->confirm(kSource, QStringLiteral("AD_DOMAIN\\joren"), kEndpoint, QStringLiteral("00u1"), {},
                             QStringLiteral("a"), {}) > 0);
    QVERIFY(m_links->confirm(kSource, QStringLiteral("ad_domain\\jörg"), kEndpoint, QStringLiteral("00u2"), {},
                             QStringLiteral("a"), {}) > 0);
    const std::optional<IdentityLink> link = m_links->lookup(kSource, identity, endpoint);
    QVERIFY(link);
    QCOMPARE(link->oktaUserId,
             identity.contains(QStringLiteral("J\u00d6RG")) ? QStringLiteral("00u2") : QStringLiteral("00u1"));
}

void TestIdentityLinkStore::endpointScope()
{
    confirm(QStringLiteral("00u1"), QString()); // any endpoint
    confirm(QStringLiteral("00u2"), QStringLiteral("LAPTOP-9"));
    QCOMPARE(m_links->lookup(kSource, kIdentity, QStringLiteral("LAPTOP-9"))->oktaUserId, QStringLiteral("00u2"));
    QCOMPARE(m_links->lookup(kSource, kIdentity, QStringLiteral("LAPTOP-1"))->oktaUserId, QStringLiteral("00u1"));
    QCOMPARE(m_links->lookup(kSource, kIdentity)->oktaUserId, QStringLiteral("00u1"));
}

void TestIdentityLinkStore::expiry()
{
    confirm(QStringLiteral("00u1"), kEndpoint, 30);
    m_clock->advance(29 * kDayMs);
    QVERIFY(m_links->lookup(kSource, kIdentity, kEndpoint));
    m_clock->advance(kDayMs);
    QVERIFY(!m_links->lookup(kSource, kIdentity, kEndpoint));
    // Kept for the record all the same.
    QCOMPARE(m_links->all().size(), 1);

    confirm(QStringLiteral("00u1"));
    m_clock->advance(89 * kDayMs);
    QVERIFY(m_links->lookup(kSource, kIdentity, kEndpoint));
    m_clock->advance(kDayMs + 1);
    QVERIFY(!m_links->lookup(kSource, kIdentity, kEndpoint));
}

void TestIdentityLinkStore::revoke()
{
    const qint64 id = confirm(QStringLiteral("00u1"));
    m_clock->advance(1000);
    QVERIFY(m_links->revoke(id, QStringLiteral("analyst2")));
    QVERIFY(!m_links->lookup(kSource, kIdentity, kEndpoint));
    QVERIFY(!m_links->revoke(id));
    const IdentityLink record = m_links->all().constFirst();
    QCOMPARE(record.revokedAt, m_clock->now());
    QCOMPARE(record.revokedBy, recorded(QStringLiteral("analyst2")));
    QVERIFY(!record.isActiveAt(m_clock->now()));
}

void TestIdentityLinkStore::newConfirmationReplacesTheOld()
{
    const qint64 first = confirm(QStringLiteral("00u1"));
    m_clock->advance(1000);
    const qint64 second = confirm(QStringLiteral("00u2"));
    QCOMPARE(m_links->lookup(kSource, kIdentity, kEndpoint)->id, second);
    // Revoking the newer one does not bring the replaced one back.
    QVERIFY(m_links->revoke(second));
    QVERIFY(!m_links->lookup(kSource, kIdentity, kEndpoint));
    const QList<IdentityLink> all = m_links->all();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[1].id, first);
    QVERIFY(all[1].revokedAt.isValid());
}

void TestIdentityLinkStore::reject()
{
    QVERIFY(m_links->rejected(kSource, kIdentity, kEndpoint).isEmpty());
    confirm(QStringLiteral("00u1"));
    const qint64 id = m_links->reject(kSource, QStringLiteral("ad_domain\\JOREN"), kEndpoint, QStringLiteral("00u1"),
                                      QStringLiteral("joren.x@example.com"), QStringLiteral("analyst1"), {});
    QVERIFY(id > 0);
    // Rejecting the confirmed user withdraws the confirmation.
    QVERIFY(!m_links->lookup(kSource, kIdentity, kEndpoint));
    m_links->reject(kSource, kIdentity, kEndpoint, QStringLiteral("00u3"), {}, QStringLiteral("analyst1"), {});
    QList<IdentityLink> rejected = m_links->rejected(kSource, kIdentity, kEndpoint);
    QCOMPARE(rejected.size(), 2);
    for (const IdentityLink& link : std::as_const(rejected)) {
        QCOMPARE(link.decision, IdentityLink::Decision::Rejected);
    }
    // Confirming a rejected user withdraws that rejection only.
    confirm(QStringLiteral("00u1"));
    rejected = m_links->rejected(kSource, kIdentity, kEndpoint);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected[0].oktaUserId, QStringLiteral("00u3"));
    QCOMPARE(m_links->lookup(kSource, kIdentity, kEndpoint)->oktaUserId, QStringLiteral("00u1"));
    // Rejections expire too.
    m_clock->advance(91 * kDayMs);
    QVERIFY(m_links->rejected(kSource, kIdentity, kEndpoint).isEmpty());
}

void TestIdentityLinkStore::rejectWithoutEndpointWithdrawsTheConfirmation()
{
    // A finding that names no host: the decisions are for the identity on any endpoint.
    QVERIFY(m_links->confirm(kSource, kIdentity, {}, QStringLiteral("00u1"), {}, QStringLiteral("analyst1"), {}) > 0);
    QCOMPARE(m_links->lookup(kSource, kIdentity)->oktaUserId, QStringLiteral("00u1"));
    QVERIFY(m_links->reject(kSource, kIdentity, {}, QStringLiteral("00u1"), {}, QStringLiteral("analyst1"), {}) > 0);
    QVERIFY(!m_links->lookup(kSource, kIdentity));
    QCOMPARE(m_links->rejected(kSource, kIdentity).size(), 1);
    // And a second confirmation replaces the first rather than standing beside it.
    QVERIFY(m_links->confirm(kSource, kIdentity, {}, QStringLiteral("00u2"), {}, QStringLiteral("analyst1"), {}) > 0);
    QVERIFY(m_links->confirm(kSource, kIdentity, {}, QStringLiteral("00u3"), {}, QStringLiteral("analyst1"), {}) > 0);
    const QList<IdentityLink> all = m_links->all();
    const auto standing = std::count_if(all.begin(), all.end(), [](const IdentityLink& link) {
        return link.decision == IdentityLink::Decision::Confirmed && !link.revokedAt.isValid();
    });
    QCOMPARE(standing, 1);
}

void TestIdentityLinkStore::survivesReopen()
{
    confirm(QStringLiteral("00u1"));
    Database second;
    QVERIFY(second.openLike(*m_db));
    IdentityLinkStore links(second, m_clock);
    QCOMPARE(links.lookup(kSource, kIdentity, kEndpoint)->oktaUserId, QStringLiteral("00u1"));
}

QTEST_GUILESS_MAIN(TestIdentityLinkStore)
#include "tst_identitylinkstore.moc"
