#include "identity/CandidateTableModel.h"
#include "identity/IdentityParser.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using cordon::core::Candidate;
using cordon::core::CandidateTableModel;
using cordon::core::EndpointIdentity;
using cordon::core::IdentityParser;
using cordon::core::MatchOptions;
using cordon::core::OktaUser;

namespace
{

Candidate makeCandidate(const QString& id,
                        const QString& displayName,
                        const QString& login,
                        const QString& samAccountName,
                        const QString& status = QStringLiteral("ACTIVE"))
{
    Candidate candidate;
    candidate.user.id = id;
    candidate.user.displayName = displayName;
    candidate.user.login = login;
    candidate.user.email = login;
    candidate.user.status = status;
    candidate.user.department = QStringLiteral("Finance");
    candidate.user.profile.insert(QStringLiteral("samAccountName"), samAccountName);
    candidate.score = 0.5;
    candidate.reasons << QStringLiteral("because");
    return candidate;
}

QList<Candidate> demoCandidates()
{
    return {makeCandidate(QStringLiteral("00u1"), QStringLiteral("Joren Maes"), QStringLiteral("joren.m@example.com"),
                          QStringLiteral("joren")),
            makeCandidate(QStringLiteral("00u2"), QStringLiteral("Joren Martens"),
                          QStringLiteral("joren.martens@example.com"), QStringLiteral("jmartens")),
            makeCandidate(QStringLiteral("00u3"), QStringLiteral("Joren Maes"),
                          QStringLiteral("joren.maes@example.com"), QStringLiteral("jmaes"),
                          QStringLiteral("DEPROVISIONED")),
            makeCandidate(QStringLiteral("00u4"), QStringLiteral("Jorien Maas"),
                          QStringLiteral("jorien.maas@example.com"), QStringLiteral("JÖREN"))};
}

MatchOptions exampleOptions()
{
    MatchOptions options;
    options.emailDomains.insert(QStringLiteral("AD_DOMAIN"), QStringLiteral("example.com"));
    return options;
}

CandidateTableModel::Comparison comparison(const CandidateTableModel& model, int row, int column)
{
    return static_cast<CandidateTableModel::Comparison>(
        model.index(row, column).data(CandidateTableModel::ComparisonRole).toInt());
}

} // namespace

class TestCandidateTableModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void identityColumnHoldsTheParse_data();
    void identityColumnHoldsTheParse();
    void equalAndDiffersFoldCaseAndDiacritics_data();
    void equalAndDiffersFoldCaseAndDiacritics();
    void loudCellsForAdminsAndDeprovisioned();
    void groupsAndRolesFillOnDemand();
    void showsTopThreeThenMoreOnRequest();
};

void TestCandidateTableModel::passesTheModelTester()
{
    CandidateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIdentity(IdentityParser::parse(QStringLiteral("AD_DOMAIN\\joren")), exampleOptions());
    QCOMPARE(model.columnCount(), 1);
    model.setCandidates(demoCandidates());
    QCOMPARE(model.rowCount(), int(CandidateTableModel::AttributeCount));
    QCOMPARE(model.columnCount(), 1 + CandidateTableModel::DefaultVisibleCandidates);
    model.setGroups(QStringLiteral("00u1"), {QStringLiteral("Everyone"), QStringLiteral("Finance")});
    model.setRoles(QStringLiteral("00u2"), {});
    model.setVisibleCandidateCount(10);
    model.setVisibleCandidateCount(1);
    model.clear();
    QCOMPARE(model.columnCount(), 1);
}

void TestCandidateTableModel::identityColumnHoldsTheParse_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("attribute");
    QTest::addColumn<QString>("expected");

    QTest::newRow("down-level username") << QStringLiteral("AD_DOMAIN\\joren") << int(CandidateTableModel::AdUsername)
                                         << QStringLiteral("joren");
    QTest::newRow("down-level implied login")
        << QStringLiteral("AD_DOMAIN\\joren") << int(CandidateTableModel::Login) << QStringLiteral("joren@example.com");
    QTest::newRow("upn login") << QStringLiteral("Joren.M@example.com") << int(CandidateTableModel::Login)
                               << QStringLiteral("joren.m@example.com");
    QTest::newRow("upn has no AD username")
        << QStringLiteral("joren.m@example.com") << int(CandidateTableModel::AdUsername) << QString();
    QTest::newRow("one word is no display name")
        << QStringLiteral("AD_DOMAIN\\joren") << int(CandidateTableModel::DisplayName) << QString();
    QTest::newRow("two words are a display name")
        << QStringLiteral("AzureAD\\JorenMaes") << int(CandidateTableModel::DisplayName)
        << QStringLiteral("Joren Maes");
    QTest::newRow("no department") << QStringLiteral("AD_DOMAIN\\joren") << int(CandidateTableModel::Department)
                                   << QString();
}

void TestCandidateTableModel::identityColumnHoldsTheParse()
{
    QFETCH(QString, raw);
    QFETCH(int, attribute);
    QFETCH(QString, expected);
    CandidateTableModel model;
    model.setIdentity(IdentityParser::parse(raw), exampleOptions());
    QCOMPARE(model.index(attribute, 0).data().toString(), expected);
    QVERIFY(model.headerData(0, Qt::Horizontal).toString().contains(raw));
    QCOMPARE(model.index(attribute, 0).data(CandidateTableModel::ComparisonRole).toInt(),
             int(CandidateTableModel::Comparison::NotCompared));
}

void TestCandidateTableModel::equalAndDiffersFoldCaseAndDiacritics_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("attribute");
    QTest::addColumn<int>("expected");

    using C = CandidateTableModel::Comparison;
    QTest::newRow("same AD username") << 1 << int(CandidateTableModel::AdUsername) << int(C::Equal);
    QTest::newRow("other AD username") << 2 << int(CandidateTableModel::AdUsername) << int(C::Differs);
    QTest::newRow("AD username with case and umlaut") << 4 << int(CandidateTableModel::AdUsername) << int(C::Equal);
    QTest::newRow("login differs from the implied one") << 1 << int(CandidateTableModel::Login) << int(C::Differs);
    QTest::newRow("nothing to compare a department with")
        << 1 << int(CandidateTableModel::Department) << int(C::NotCompared);
    QTest::newRow("reasons are never compared") << 1 << int(CandidateTableModel::Reasons) << int(C::NotCompared);
}

void TestCandidateTableModel::equalAndDiffersFoldCaseAndDiacritics()
{
    QFETCH(int, column);
    QFETCH(int, attribute);
    QFETCH(int, expected);
    CandidateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIdentity(IdentityParser::parse(QStringLiteral("AD_DOMAIN\\joren")), exampleOptions());
    model.setCandidates(demoCandidates());
    model.setVisibleCandidateCount(4);
    QCOMPARE(comparison(model, attribute, column), static_cast<CandidateTableModel::Comparison>(expected));
}

void TestCandidateTableModel::loudCellsForAdminsAndDeprovisioned()
{
    CandidateTableModel model;
    model.setIdentity(IdentityParser::parse(QStringLiteral("AD_DOMAIN\\joren")), exampleOptions());
    model.setCandidates(demoCandidates());
    QVERIFY(!model.index(CandidateTableModel::Status, 1).data(CandidateTableModel::LoudRole).toBool());
    QVERIFY(model.index(CandidateTableModel::Status, 3).data(CandidateTableModel::LoudRole).toBool());
    QVERIFY(model.headerData(3, Qt::Horizontal, CandidateTableModel::LoudRole).toBool());

    model.setRoles(QStringLiteral("00u1"), {});
    model.setRoles(QStringLiteral("00u2"), {QStringLiteral("SUPER_ADMIN")});
    QVERIFY(!model.index(CandidateTableModel::AdminRoles, 1).data(CandidateTableModel::LoudRole).toBool());
    QVERIFY(model.index(CandidateTableModel::AdminRoles, 2).data(CandidateTableModel::LoudRole).toBool());
    QVERIFY(model.index(CandidateTableModel::AdminRoles, 2).data().toString().contains(QLatin1String("SUPER_ADMIN")));
}

void TestCandidateTableModel::groupsAndRolesFillOnDemand()
{
    CandidateTableModel model;
    model.setIdentity(IdentityParser::parse(QStringLiteral("AD_DOMAIN\\joren")), exampleOptions());
    model.setCandidates(demoCandidates());
    const QString before = model.index(CandidateTableModel::Groups, 1).data().toString();
    QVERIFY(!model.rolesKnown(QStringLiteral("00u1")));

    QSignalSpy changed(&model, &CandidateTableModel::dataChanged);
    model.setGroups(QStringLiteral("00u1"), {QStringLiteral("Everyone"), QStringLiteral("Finance")});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), model.index(CandidateTableModel::Groups, 1));
    const QString after = model.index(CandidateTableModel::Groups, 1).data().toString();
    QVERIFY(after != before);
    QVERIFY(after.contains(QLatin1String("Finance")));

    model.setRolesFailed(QStringLiteral("00u1"), QStringLiteral("HTTP 500"));
    QVERIFY(!model.rolesKnown(QStringLiteral("00u1")));
    QVERIFY(model.index(CandidateTableModel::AdminRoles, 1).data().toString().contains(QLatin1String("HTTP 500")));
    model.setRoles(QStringLiteral("00u1"), {});
    QVERIFY(model.rolesKnown(QStringLiteral("00u1")));

    // A user who is not shown changes no cell, and new candidates start unknown again.
    changed.clear();
    model.setGroups(QStringLiteral("00u4"), {QStringLiteral("Everyone")});
    QCOMPARE(changed.size(), 0);
    model.setCandidates(demoCandidates());
    QVERIFY(!model.rolesKnown(QStringLiteral("00u1")));
}

void TestCandidateTableModel::showsTopThreeThenMoreOnRequest()
{
    CandidateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIdentity(IdentityParser::parse(QStringLiteral("AD_DOMAIN\\joren")), exampleOptions());
    model.setCandidates(demoCandidates());
    QCOMPARE(model.visibleCandidateCount(), 3);
    QCOMPARE(model.columnOf(QStringLiteral("00u4")), -1);
    QVERIFY(model.candidateAt(0) == nullptr);
    QCOMPARE(model.candidateAt(1)->user.id, QStringLiteral("00u1"));

    QSignalSpy inserted(&model, &CandidateTableModel::columnsInserted);
    model.setVisibleCandidateCount(50);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.columnOf(QStringLiteral("00u4")), 4);
    QCOMPARE(model.index(0, 4).data(CandidateTableModel::UserIdRole).toString(), QStringLiteral("00u4"));
}

QTEST_GUILESS_MAIN(TestCandidateTableModel)
#include "tst_candidatetablemodel.moc"
