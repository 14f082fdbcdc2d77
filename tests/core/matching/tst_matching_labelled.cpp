#include "LabelledEvaluation.h"
#include "LabelledOrg.h"
#include "SimProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QTest>

using namespace cordon::test;

// Identity matching against the real simulator serving a generated org of a few thousand people with
// look-alikes, shared names, deprovisioned twins and transliterations, over a labelled set of identities.
class TestMatchingLabelled : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labelledSet();
    void endpointForms();
};

namespace
{

// A person the forms set adds to the generated org; names and logins the generated org never makes.
struct FormsPerson
{
    const char* first;
    const char* last;
    const char* local;
    const char* sam;
};

const FormsPerson FormsPeople[] = {
    {"Noel", "Dupre", "noel.dupre", ""},
    {"Asa", "Lindstrom", "asa.lindstrom", "alindstrom"},
    // Differs from the one above only by diacritics.
    {"Åsa", "Lindström", "asa.lindstrom2", ""},
    {"Seán", "O'Brien", "sean.obrien", ""},
    {"Jean-Luc", "D'Arcy", "jeanluc.darcy", ""},
    {"Maria Jose", "Garcia Perez", "mariajose.garciaperez", ""},
    {"Ciarán", "Mac Giolla", "ciaran.macgiolla", ""},
    {"Börge", "Höß", "borge.hoss", "bhoss"},
    // Two people whose names differ only by umlauts.
    {"Günther", "Schäfer", "guenther.schaefer", "gschaefer"},
    {"Gunther", "Schafer", "gunther.schafer", "gschafer"},
    // Two people whose names differ only by where the first name ends.
    {"Anna Maria", "Lind", "annamaria.lind", ""},
    {"Anna", "Maria Lind", "anna.marialind", ""},
};

QString login(const char* local)
{
    return QString::fromUtf8(local) + QStringLiteral("@example.com");
}

QJsonObject formsUser(const FormsPerson& person, int index)
{
    const QString first = QString::fromUtf8(person.first);
    const QString last = QString::fromUtf8(person.last);
    QJsonObject profile{{QStringLiteral("firstName"), first},
                        {QStringLiteral("lastName"), last},
                        {QStringLiteral("login"), login(person.local)},
                        {QStringLiteral("email"), login(person.local)},
                        {QStringLiteral("displayName"), first + QLatin1Char(' ') + last}};
    if (*person.sam != 0) {
        profile.insert(QStringLiteral("samAccountName"), QString::fromUtf8(person.sam));
    }
    const QString stamp = QStringLiteral("2025-03-01T08:00:00.000Z");
    return {{QStringLiteral("id"), QStringLiteral("00uforms%1").arg(index, 12, 10, QLatin1Char('0'))},
            {QStringLiteral("status"), QStringLiteral("ACTIVE")},
            {QStringLiteral("created"), stamp},
            {QStringLiteral("activated"), stamp},
            {QStringLiteral("statusChanged"), stamp},
            {QStringLiteral("lastLogin"), stamp},
            {QStringLiteral("lastUpdated"), stamp},
            {QStringLiteral("type"), QJsonObject{{QStringLiteral("id"), QStringLiteral("oty1a2b3c4d5e6f7g8h9")}}},
            {QStringLiteral("profile"), profile}};
}

// The user forms endpoints show for those people: Entra-joined names run together with diacritics, several
// words and apostrophes, and German names written with umlauts, written out, or bare.
const QList<LabelledIdentity> FormsIdentities = {
    {QString::fromUtf8("AzureAD\\NoëlDupré"), login("noel.dupre"), false},
    {QString::fromUtf8("AzureAD\\ÅsaLindström"), login("asa.lindstrom2"), false},
    {QStringLiteral("AzureAD\\AsaLindstrom"), login("asa.lindstrom"), false},
    {QStringLiteral("AD_DOMAIN\\alindstrom"), login("asa.lindstrom"), true},
    {QString::fromUtf8("AzureAD\\SeánO'Brien"), login("sean.obrien"), false},
    {QStringLiteral("AzureAD\\SeanOBrien"), login("sean.obrien"), false},
    {QStringLiteral("AzureAD\\Jean-LucD'Arcy"), login("jeanluc.darcy"), false},
    {QString::fromUtf8("AzureAD\\MaríaJoséGarcíaPérez"), login("mariajose.garciaperez"), false},
    {QString::fromUtf8("AzureAD\\CiaránMacGiolla"), login("ciaran.macgiolla"), false},
    {QStringLiteral("boerge.hoess"), login("borge.hoss"), false},
    {QStringLiteral("AD_DOMAIN\\boerge.hoess"), login("borge.hoss"), false},
    {QStringLiteral("AzureAD\\BoergeHoess"), login("borge.hoss"), false},
    {QString::fromUtf8("AzureAD\\BörgeHöß"), login("borge.hoss"), false},
    {QStringLiteral("AzureAD\\BorgeHoss"), login("borge.hoss"), false},
    {QStringLiteral("AD_DOMAIN\\bhoss"), login("borge.hoss"), true},
    {QString::fromUtf8("AzureAD\\GüntherSchäfer"), login("guenther.schaefer"), false},
    {QStringLiteral("AzureAD\\GuentherSchaefer"), login("guenther.schaefer"), false},
    {QStringLiteral("AzureAD\\GuntherSchafer"), login("gunther.schafer"), false},
    {QStringLiteral("guenther.schaefer"), login("guenther.schaefer"), false},
    {QStringLiteral("gunther.schafer"), login("gunther.schafer"), false},
    {QStringLiteral("AD_DOMAIN\\gschafer"), login("gunther.schafer"), true},
    {QStringLiteral("AD_DOMAIN\\gschaefer"), login("guenther.schaefer"), true},
    {QStringLiteral("guenther.schaefer@example.com"), login("guenther.schaefer"), true},
    {QStringLiteral("gunther.schafer@example.com"), login("gunther.schafer"), true},
};

// Names that fit two people equally: both are shown, neither first by right, and neither approved.
const QList<LabelledIdentity> AmbiguousIdentities = {
    {QStringLiteral("AzureAD\\AnnaMariaLind"), login("annamaria.lind"), false},
};

} // namespace

void TestMatchingLabelled::labelledSet()
{
    const LabelledOrg org(3000);
    QTemporaryFile directory;
    QVERIFY(directory.open());
    directory.write(QJsonDocument(org.directory()).toJson(QJsonDocument::Compact));
    directory.flush();

    SimProcess sim;
    QString error;
    QVERIFY2(sim.start({QStringLiteral("--directory"), directory.fileName()}, &error), qPrintable(error));
    const LabelledScore score = evaluateLabelled(sim.baseUrl(), LabelledOrg::token(), org.identities());

    qInfo("labelled: %d people, top-1 %d, top-3 %d; provable %d, auto-approved %d; wrong auto-approvals %d; "
          "median calls %d",
          score.total, score.top1, score.top3, score.provable, score.provableAutoApproved, score.wrongAutoApprovals,
          score.medianCalls());
    for (const QString& miss : score.misses.mid(0, 15)) {
        qInfo("  %s", qPrintable(miss));
    }
    QVERIFY(score.total >= 250);
    // Never a wrong guess acted on by itself.
    QCOMPARE(score.wrongAutoApprovals, 0);
    // An identity an attribute proves is found first and approved.
    QCOMPARE(score.provableAutoApproved, score.provable);
    QVERIFY2(score.top1 * 100 >= score.total * 85, "top-1 accuracy below 85%");
    QVERIFY2(score.top3 * 100 >= score.total * 95, "top-3 accuracy below 95%");
    // System principals are classified and never looked up.
    QCOMPARE(score.nonPeopleWithCandidates, 0);
    QVERIFY(score.medianCalls() <= 2);
}

void TestMatchingLabelled::endpointForms()
{
    const LabelledOrg org(3000);
    QJsonObject directoryJson = org.directory();
    QJsonArray users = directoryJson.value(QStringLiteral("users")).toArray();
    for (int i = 0; i < int(std::size(FormsPeople)); ++i) {
        users.append(formsUser(FormsPeople[i], i));
    }
    directoryJson.insert(QStringLiteral("users"), users);
    QTemporaryFile directory;
    QVERIFY(directory.open());
    directory.write(QJsonDocument(directoryJson).toJson(QJsonDocument::Compact));
    directory.flush();

    SimProcess sim;
    QString error;
    QVERIFY2(sim.start({QStringLiteral("--directory"), directory.fileName()}, &error), qPrintable(error));

    const LabelledScore forms = evaluateLabelled(sim.baseUrl(), LabelledOrg::token(), FormsIdentities);
    qInfo("endpoint forms: %d people, top-1 %d, top-3 %d; provable %d, auto-approved %d; wrong auto-approvals %d; "
          "median calls %d",
          forms.total, forms.top1, forms.top3, forms.provable, forms.provableAutoApproved, forms.wrongAutoApprovals,
          forms.medianCalls());
    for (const QString& miss : forms.misses) {
        qInfo("  %s", qPrintable(miss));
    }
    QCOMPARE(forms.wrongAutoApprovals, 0);
    QCOMPARE(forms.provableAutoApproved, forms.provable);
    // Each form finds its person first: the spelling as written ranks above the one that differs by umlauts.
    QCOMPARE(forms.top1, forms.total);
    QVERIFY(forms.medianCalls() <= 2);

    const LabelledScore ambiguous = evaluateLabelled(sim.baseUrl(), LabelledOrg::token(), AmbiguousIdentities);
    QCOMPARE(ambiguous.wrongAutoApprovals, 0);
    QCOMPARE(ambiguous.approved, 0);
    QCOMPARE(ambiguous.top3, ambiguous.total);
}

QTEST_GUILESS_MAIN(TestMatchingLabelled)
#include "tst_matching_labelled.moc"
