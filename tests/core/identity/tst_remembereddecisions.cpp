#include "IncidentBuilder.h"
#include "base/Clock.h"
#include "feed/Incident.h"
#include "identity/RememberedDecisions.h"
#include "store/Database.h"
#include "store/IdentityLinkStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cordon::core;

namespace
{

const QString kJoren = QStringLiteral("00u8ALGxe2SyLejnZjhs");
const QString kLookalike = QStringLiteral("00u1lookalike0000000");
const QString kElsewhere = QStringLiteral("00u2elsewhere0000000");

Incident incident(const QString& sourceId, const QString& host)
{
    return IncidentBuilder(sourceId, QStringLiteral("redcanary"), QStringLiteral("lab"))
        .host(host)
        .user(QStringLiteral("AD_DOMAIN\\joren"));
}

} // namespace

// The decisions the console's candidate view and the playbooks recall for an incident's identity come from one
// place, in one form.
class TestRememberedDecisions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void linkSourceIsTheFeedSource();
    void confirmedAndRejectedForTheIncident();
    void nothingRememberedForAnotherSource();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<IdentityLinkStore> m_links;
};

void TestRememberedDecisions::init()
{
    m_links.reset();
    m_database.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_database->open(m_dir->filePath(QStringLiteral("cordon.sqlite")), &error), qPrintable(error));
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 1), QTime(9, 30, 15, 250), Qt::UTC));
    m_links = std::make_unique<IdentityLinkStore>(*m_database, m_clock.get());
}

void TestRememberedDecisions::linkSourceIsTheFeedSource()
{
    // Every incident of one feed source shares its links, whatever the incident.
    QCOMPARE(incident(QStringLiteral("1"), QStringLiteral("kst-lt-0415")).linkSource(),
             QStringLiteral("redcanary:lab"));
    QCOMPARE(incident(QStringLiteral("2"), QStringLiteral("kst-lt-0999")).linkSource(),
             QStringLiteral("redcanary:lab"));
}

void TestRememberedDecisions::confirmedAndRejectedForTheIncident()
{
    const Incident first = incident(QStringLiteral("1"), QStringLiteral("kst-lt-0415"));
    // A domain identity is confirmed for any endpoint; a look-alike is rejected on this laptop, another user on
    // another laptop.
    QVERIFY(m_links->confirm(first.linkSource(), first.user.raw, {}, kJoren, QStringLiteral("joren.m@example.com"),
                             QStringLiteral("analyst.one"), first.id) > 0);
    QVERIFY(m_links->reject(first.linkSource(), first.user.raw, first.hostname, kLookalike,
                            QStringLiteral("joren.l@example.com"), QStringLiteral("analyst.two"), first.id) > 0);
    QVERIFY(m_links->reject(first.linkSource(), first.user.raw, QStringLiteral("kst-lt-0999"), kElsewhere,
                            QStringLiteral("joren.x@example.com"), QStringLiteral("analyst.two"), first.id) > 0);

    const Incident later = incident(QStringLiteral("2"), QStringLiteral("KST-LT-0415"));
    const RememberedDecisions decisions =
        RememberedDecisions::fromLinks(*m_links, later.linkSource(), later.user.raw, later.hostname);
    QCOMPARE(decisions.confirmedUserId, kJoren);
    QCOMPARE(decisions.confirmedBy, QStringLiteral("analyst.one"));
    // ISO 8601 in UTC, as the rest of the product writes times for people.
    QCOMPARE(decisions.confirmedAt, QStringLiteral("2026-03-01T09:30:15Z"));
    QCOMPARE(decisions.rejectedUserIds, QSet<QString>{kLookalike});

    // The same incident asked again gives the same answer: the view and the playbooks cannot tell it apart.
    QCOMPARE(RememberedDecisions::fromLinks(*m_links, later.linkSource(), later.user.raw, later.hostname), decisions);
}

void TestRememberedDecisions::nothingRememberedForAnotherSource()
{
    const Incident first = incident(QStringLiteral("1"), QStringLiteral("kst-lt-0415"));
    QVERIFY(m_links->confirm(first.linkSource(), first.user.raw, {}, kJoren, QStringLiteral("joren.m@example.com"),
                             QStringLiteral("analyst.one"), first.id) > 0);
    Incident other = first;
    other.sourceInstance = QStringLiteral("prod");
    QCOMPARE(RememberedDecisions::fromLinks(*m_links, other.linkSource(), other.user.raw, other.hostname),
             RememberedDecisions{});
}

QTEST_GUILESS_MAIN(TestRememberedDecisions)
#include "tst_remembereddecisions.moc"
