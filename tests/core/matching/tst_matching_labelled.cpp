#include "LabelledEvaluation.h"
#include "LabelledOrg.h"
#include "SimProcess.h"

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
};

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

QTEST_GUILESS_MAIN(TestMatchingLabelled)
#include "tst_matching_labelled.moc"
