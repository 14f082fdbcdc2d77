#include "identity/CandidateScorer.h"
#include "identity/IdentityParser.h"

#include <QTest>

using namespace cordon::core;

class TestCandidateScorer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rank_data();
    void rank();
    void deprovisionedTwinRanksBelow();
    void rememberedAndRejected();
    void neverForSystemPrincipals();

private:
    QList<OktaUser> m_people;
    MatchOptions m_options;
};

namespace
{

OktaUser person(const QString& id,
                const QString& login,
                const QString& first,
                const QString& last,
                const QString& sam = {},
                const QString& status = QStringLiteral("ACTIVE"))
{
    OktaUser user;
    user.id = id;
    user.login = login;
    user.email = login;
    user.firstName = first;
    user.lastName = last;
    user.status = status;
    user.profile.insert(QStringLiteral("login"), login);
    if (!sam.isEmpty()) {
        user.profile.insert(QStringLiteral("samAccountName"), sam);
    }
    return user;
}

} // namespace

void TestCandidateScorer::initTestCase()
{
    m_people = {
        person(QStringLiteral("00u0000000000000joren"), QStringLiteral("joren.m@example.com"), QStringLiteral("Joren"),
               QStringLiteral("Maes"), QStringLiteral("joren")),
        person(QStringLiteral("00u00000000000jmartens"), QStringLiteral("joren.martens@example.com"),
               QStringLiteral("Joren"), QStringLiteral("Martens"), QStringLiteral("jmartens")),
        person(QStringLiteral("00u00000000000000jorien"), QStringLiteral("jorien.maas@example.com"),
               QStringLiteral("Jorien"), QStringLiteral("Maas")),
        person(QStringLiteral("00u000000000000000jmaes"), QStringLiteral("joren.maes@example.com"),
               QStringLiteral("Joren"), QStringLiteral("Maes"), QStringLiteral("jmaes"),
               QStringLiteral("DEPROVISIONED")),
        person(QStringLiteral("00u00000000000jmueller"), QStringLiteral("jonas.mueller@example.com"),
               QStringLiteral("Jonas"), QString::fromUtf8("Müller"), QStringLiteral("jmueller")),
        person(QStringLiteral("00u00000000000000jonasms"), QStringLiteral("jonas.ms@example.com"),
               QStringLiteral("Jonas"), QStringLiteral("Mueller-Schmidt")),
        person(QStringLiteral("00u000000000000000noor"), QStringLiteral("noor.haddad@example.com"),
               QStringLiteral("Noor"), QStringLiteral("Haddad")),
        person(QStringLiteral("00u00000000000000oskar"), QStringLiteral("oskar.berg@example.com"),
               QStringLiteral("Oskar"), QStringLiteral("Berg")),
        person(QStringLiteral("00u000000000000000teo"), QStringLiteral("teo.lindqvist@example.com"),
               QStringLiteral("Teo"), QStringLiteral("Lindqvist"), QStringLiteral("tlindqvist")),
    };
    m_options.emailDomains.insert(QStringLiteral("AD_DOMAIN"), QStringLiteral("example.com"));
}

void TestCandidateScorer::rank_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("top");
    QTest::addColumn<QString>("confidence");
    QTest::addColumn<bool>("autoApproved");

    QTest::newRow("sam of the right joren") << "AD_DOMAIN\\joren"
                                            << "joren.m@example.com"
                                            << "exact" << true;
    QTest::newRow("sam of the look-alike") << "AD_DOMAIN\\jmartens"
                                           << "joren.martens@example.com"
                                           << "exact" << true;
    QTest::newRow("sam with umlaut person") << "AD_DOMAIN\\jmueller"
                                            << "jonas.mueller@example.com"
                                            << "exact" << true;
    QTest::newRow("upn equals login") << "teo.lindqvist@example.com"
                                      << "teo.lindqvist@example.com"
                                      << "exact" << true;
    QTest::newRow("upn with other case") << "Teo.Lindqvist@Example.com"
                                         << "teo.lindqvist@example.com"
                                         << "exact" << true;
    QTest::newRow("entra display name") << "AzureAD\\NoorHaddad"
                                        << "noor.haddad@example.com"
                                        << "strong" << false;
    QTest::newRow("entra upn") << "AzureAD\\noor.haddad@example.com"
                               << "noor.haddad@example.com"
                               << "exact" << true;
    QTest::newRow("transliterated name") << "AzureAD\\JonasMueller"
                                         << "jonas.mueller@example.com"
                                         << "strong" << false;
    QTest::newRow("mac short name suggests only") << "oskar"
                                                  << "oskar.berg@example.com"
                                                  << "weak" << false;
}

void TestCandidateScorer::rank()
{
    QFETCH(QString, raw);
    QFETCH(QString, top);
    QFETCH(QString, confidence);
    QFETCH(bool, autoApproved);

    const EndpointIdentity identity = IdentityParser::parse(raw);
    const QList<Candidate> candidates = CandidateScorer::rank(identity, m_people, m_options);
    QVERIFY2(!candidates.isEmpty(), qPrintable(raw));
    QCOMPARE(candidates.first().user.login, top);
    QCOMPARE(Candidate::confidenceName(candidates.first().confidence), confidence);
    QVERIFY2(!candidates.first().reasons.isEmpty(), "every candidate says why");
    const QString approved = CandidateScorer::autoApprove(identity, candidates);
    QCOMPARE(!approved.isEmpty(), autoApproved);
    if (autoApproved) {
        QCOMPARE(approved, candidates.first().user.id);
    }
    for (int i = 1; i < candidates.size(); ++i) {
        const bool deprovisionedBefore = candidates.at(i - 1).user.status == QLatin1String("DEPROVISIONED");
        const bool deprovisionedHere = candidates.at(i).user.status == QLatin1String("DEPROVISIONED");
        QVERIFY2(!deprovisionedBefore || deprovisionedHere, "deprovisioned accounts come after every other");
    }
}

void TestCandidateScorer::deprovisionedTwinRanksBelow()
{
    // The old account's own samAccountName is exact, but it is closed: it is shown, marked, and never approved.
    const EndpointIdentity identity = IdentityParser::parse(QStringLiteral("AD_DOMAIN\\jmaes"));
    const QList<Candidate> candidates = CandidateScorer::rank(identity, m_people, m_options);
    const auto twin = std::find_if(candidates.begin(), candidates.end(), [](const Candidate& c) {
        return c.user.login == QLatin1String("joren.maes@example.com");
    });
    QVERIFY(twin != candidates.end());
    QVERIFY(twin->reasons.join(QLatin1Char(' ')).contains(QLatin1String("DEPROVISIONED")));
    QVERIFY(CandidateScorer::autoApprove(identity, candidates).isEmpty());
}

void TestCandidateScorer::rememberedAndRejected()
{
    const EndpointIdentity identity = IdentityParser::parse(QStringLiteral("oskar"));
    RememberedDecisions decisions;
    decisions.confirmedUserId = QStringLiteral("00u00000000000000oskar");
    decisions.confirmedBy = QStringLiteral("analyst");
    decisions.confirmedAt = QStringLiteral("2026-11-20");
    QList<Candidate> candidates = CandidateScorer::rank(identity, m_people, m_options, decisions);
    QCOMPARE(candidates.first().user.login, QStringLiteral("oskar.berg@example.com"));
    QCOMPARE(candidates.first().confidence, Candidate::Confidence::Exact);
    QVERIFY(candidates.first().remembered);

    RememberedDecisions rejected;
    rejected.rejectedUserIds.insert(QStringLiteral("00u0000000000000joren"));
    candidates =
        CandidateScorer::rank(IdentityParser::parse(QStringLiteral("AD_DOMAIN\\joren")), m_people, m_options, rejected);
    const auto joren = std::find_if(candidates.begin(), candidates.end(), [](const Candidate& c) {
        return c.user.id == QLatin1String("00u0000000000000joren");
    });
    QVERIFY(joren != candidates.end());
    QVERIFY(joren->rejected);
    QVERIFY(joren->confidence != Candidate::Confidence::Exact);
    QVERIFY(
        CandidateScorer::autoApprove(IdentityParser::parse(QStringLiteral("AD_DOMAIN\\joren")), candidates).isEmpty());
}

void TestCandidateScorer::neverForSystemPrincipals()
{
    for (const char* raw : {"NT AUTHORITY\\SYSTEM", "KST-SRV-FS03$", "root", "Window Manager\\DWM-2"}) {
        const EndpointIdentity identity = IdentityParser::parse(QString::fromLatin1(raw));
        QVERIFY2(!identity.matchable(), raw);
        const QList<Candidate> candidates = CandidateScorer::rank(identity, m_people, m_options);
        QVERIFY2(CandidateScorer::autoApprove(identity, candidates).isEmpty(), raw);
    }
}

QTEST_GUILESS_MAIN(TestCandidateScorer)
#include "tst_candidatescorer.moc"
