#include "identity/CandidateScorer.h"
#include "identity/IdentityParser.h"
#include "identity/NameFolding.h"

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
    void folding_data();
    void folding();
    void umlautTwinsNeverApproved();
    void splitTwinsStaySuggestions();
    void looseLoginAloneIsWeak();

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
        person(QStringLiteral("00u00000000000000noel"), QStringLiteral("noel.dupre@example.com"),
               QStringLiteral("Noel"), QStringLiteral("Dupre")),
        person(QStringLiteral("00u00000000000000sean"), QStringLiteral("sean.obrien@example.com"),
               QString::fromUtf8("Seán"), QStringLiteral("O'Brien")),
        person(QStringLiteral("00u000000000000mariajose"), QStringLiteral("mariajose.garciaperez@example.com"),
               QStringLiteral("Maria Jose"), QStringLiteral("Garcia Perez")),
        person(QStringLiteral("00u0000000000000boerge"), QStringLiteral("borge.hoss@example.com"),
               QString::fromUtf8("Börge"), QString::fromUtf8("Höß"), QStringLiteral("bhoss")),
        // Two people whose names differ only by umlauts, and two whose names differ only by a split.
        person(QStringLiteral("00u00000000000guenther"), QStringLiteral("guenther.schaefer@example.com"),
               QString::fromUtf8("Günther"), QString::fromUtf8("Schäfer"), QStringLiteral("gschaefer")),
        person(QStringLiteral("00u000000000000gunther"), QStringLiteral("gunther.schafer@example.com"),
               QStringLiteral("Gunther"), QStringLiteral("Schafer"), QStringLiteral("gschafer")),
        person(QStringLiteral("00u0000000000annamaria"), QStringLiteral("annamaria.lind@example.com"),
               QStringLiteral("Anna Maria"), QStringLiteral("Lind")),
        person(QStringLiteral("00u0000000000marialind"), QStringLiteral("anna.marialind@example.com"),
               QStringLiteral("Anna"), QStringLiteral("Maria Lind")),
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
    QTest::newRow("entra name with diacritics") << QString::fromUtf8("AzureAD\\NoëlDupré") << "noel.dupre@example.com"
                                                << "strong" << false;
    QTest::newRow("entra name without its apostrophe") << "AzureAD\\SeanOBrien"
                                                       << "sean.obrien@example.com"
                                                       << "strong" << false;
    QTest::newRow("entra name of four words")
        << QString::fromUtf8("AzureAD\\MaríaJoséGarcíaPérez") << "mariajose.garciaperez@example.com"
        << "strong" << false;
    QTest::newRow("umlauts written out") << "boerge.hoess"
                                         << "borge.hoss@example.com"
                                         << "strong" << false;
    QTest::newRow("umlauts dropped") << "AzureAD\\BorgeHoss"
                                     << "borge.hoss@example.com"
                                     << "strong" << false;
    QTest::newRow("umlaut twin as written")
        << QString::fromUtf8("AzureAD\\GüntherSchäfer") << "guenther.schaefer@example.com"
        << "strong" << false;
    QTest::newRow("umlaut twin written out") << "AzureAD\\GuentherSchaefer"
                                             << "guenther.schaefer@example.com"
                                             << "strong" << false;
    QTest::newRow("umlaut twin without") << "AzureAD\\GuntherSchafer"
                                         << "gunther.schafer@example.com"
                                         << "strong" << false;
    QTest::newRow("sam of an umlaut twin") << "AD_DOMAIN\\gschafer"
                                           << "gunther.schafer@example.com"
                                           << "exact" << true;
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

void TestCandidateScorer::folding_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("folded");
    QTest::addColumn<bool>("loose");

    QTest::newRow("diaeresis") << QString::fromUtf8("Noël") << "Noel" << true << true;
    QTest::newRow("ring") << QString::fromUtf8("Åsa") << "Asa" << true << true;
    QTest::newRow("slashed o") << QString::fromUtf8("Søren") << "Soren" << true << true;
    QTest::newRow("apostrophe") << "O'Brien"
                                << "OBrien" << true << true;
    QTest::newRow("umlaut written out") << QString::fromUtf8("Müller") << "Mueller" << true << true;
    QTest::newRow("sharp s") << QString::fromUtf8("Höß") << "Hoess" << true << true;
    QTest::newRow("umlaut dropped") << QString::fromUtf8("Müller") << "Muller" << false << true;
    QTest::newRow("written out and dropped") << "boerge.hoess"
                                             << "borge.hoss" << false << true;
    QTest::newRow("other names") << "Jonas"
                                 << "Jonah" << false << false;
}

void TestCandidateScorer::folding()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, folded);
    QFETCH(bool, loose);
    QCOMPARE(NameFolding::fold(a) == NameFolding::fold(b), folded);
    QCOMPARE(NameFolding::looseFold(a) == NameFolding::looseFold(b), loose);
    QCOMPARE(NameFolding::looseFold(b) == NameFolding::looseFold(a), loose);
}

void TestCandidateScorer::umlautTwinsNeverApproved()
{
    // Two people differ only by umlauts: a name shows both and approves neither; the spelling as written
    // ranks first whichever way round.
    for (const char* raw : {"AzureAD\\GüntherSchäfer", "AzureAD\\GuntherSchafer", "guenther.schaefer"}) {
        const EndpointIdentity identity = IdentityParser::parse(QString::fromUtf8(raw));
        const QList<Candidate> candidates = CandidateScorer::rank(identity, m_people, m_options);
        QStringList logins;
        for (const Candidate& candidate : candidates) {
            logins << candidate.user.login;
            QVERIFY2(candidate.confidence != Candidate::Confidence::Exact, raw);
        }
        QVERIFY2(logins.contains(QStringLiteral("guenther.schaefer@example.com")), raw);
        QVERIFY2(logins.contains(QStringLiteral("gunther.schafer@example.com")), raw);
        QVERIFY2(CandidateScorer::autoApprove(identity, candidates).isEmpty(), raw);
    }
    // An attribute equal as written is proof; the twin's transliterated value is not a second proof.
    const EndpointIdentity upn = IdentityParser::parse(QStringLiteral("guenther.schaefer@example.com"));
    const QList<Candidate> candidates = CandidateScorer::rank(upn, m_people, m_options);
    QCOMPARE(CandidateScorer::autoApprove(upn, candidates), QStringLiteral("00u00000000000guenther"));
    const auto twin = std::find_if(candidates.begin(), candidates.end(), [](const Candidate& c) {
        return c.user.login == QLatin1String("gunther.schafer@example.com");
    });
    QVERIFY(twin != candidates.end());
    QVERIFY(twin->confidence != Candidate::Confidence::Exact);
}

void TestCandidateScorer::splitTwinsStaySuggestions()
{
    // "AnnaMariaLind" fits "Anna Maria" "Lind" and "Anna" "Maria Lind" alike: both are shown, as strong, and
    // neither is approved.
    const EndpointIdentity identity = IdentityParser::parse(QStringLiteral("AzureAD\\AnnaMariaLind"));
    const QList<Candidate> candidates = CandidateScorer::rank(identity, m_people, m_options);
    QVERIFY(candidates.size() >= 2);
    const QStringList both{QStringLiteral("annamaria.lind@example.com"), QStringLiteral("anna.marialind@example.com")};
    QVERIFY(both.contains(candidates.at(0).user.login));
    QVERIFY(both.contains(candidates.at(1).user.login));
    QCOMPARE(candidates.at(0).confidence, Candidate::Confidence::Strong);
    QCOMPARE(candidates.at(1).confidence, Candidate::Confidence::Strong);
    QVERIFY(CandidateScorer::autoApprove(identity, candidates).isEmpty());
}

void TestCandidateScorer::looseLoginAloneIsWeak()
{
    // Dropping an "e" after a vowel also makes "jo" of "joe": without the name to back it, only a suggestion.
    const QList<OktaUser> people{person(QStringLiteral("00u0000000000000000joe"), QStringLiteral("joe@example.com"),
                                        QStringLiteral("Joe"), QStringLiteral("Bloggs"))};
    const EndpointIdentity identity = IdentityParser::parse(QStringLiteral("jo"));
    const QList<Candidate> candidates = CandidateScorer::rank(identity, people, m_options);
    QCOMPARE(candidates.size(), 1);
    QCOMPARE(candidates.first().confidence, Candidate::Confidence::Weak);
}

QTEST_GUILESS_MAIN(TestCandidateScorer)
#include "tst_candidatescorer.moc"
