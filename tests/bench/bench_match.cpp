// Identity matching on the labelled org: accuracy, wrong auto-approvals and Okta calls per identity, and
// the time from asking to ranked candidates with the simulator 100 ms away, in round trips.
// Usage: bench_match [--latency-ms 100] [--people 3000]

#include "LabelledEvaluation.h"
#include "LabelledOrg.h"
#include "SimProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryFile>

#include <cstdio>

using namespace cordon::test;

namespace
{

bool startSim(SimProcess& sim, const QString& directory, int latencyMs)
{
    QString error;
    QStringList args{QStringLiteral("--directory"), directory};
    if (latencyMs > 0) {
        args << QStringLiteral("--latency-ms") << QString::number(latencyMs);
    }
    if (!sim.start(args, &error)) {
        std::fprintf(stderr, "cordon-okta-sim: %s\n", qPrintable(error));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Simulated Okta latency."),
                               QStringLiteral("ms"), QStringLiteral("100"));
    QCommandLineOption people(QStringLiteral("people"), QStringLiteral("People in the generated org."),
                              QStringLiteral("count"), QStringLiteral("3000"));
    parser.addOptions({latency, people});
    parser.process(app);

    const LabelledOrg org(parser.value(people).toInt());
    QTemporaryFile directory;
    if (!directory.open()) {
        return 1;
    }
    directory.write(QJsonDocument(org.directory()).toJson(QJsonDocument::Compact));
    directory.flush();

    // Accuracy and calls, with no latency.
    LabelledScore score;
    {
        SimProcess sim;
        if (!startSim(sim, directory.fileName(), 0)) {
            return 1;
        }
        score = evaluateLabelled(sim.baseUrl(), LabelledOrg::token(), org.identities());
    }
    std::printf("labelled identities: %d people, %d never-people\n", score.total, score.nonPeople);
    std::printf("top-1: %d/%d (%.1f%%), top-3: %d/%d (%.1f%%)\n", score.top1, score.total,
                100.0 * score.top1 / score.total, score.top3, score.total, 100.0 * score.top3 / score.total);
    std::printf("provable identities auto-approved: %d/%d; wrong auto-approvals: %d\n", score.provableAutoApproved,
                score.provable, score.wrongAutoApprovals);
    std::printf("never-people given candidates: %d\n", score.nonPeopleWithCandidates);
    std::printf("Okta calls per identity: median %d, max %d\n", score.medianCalls(),
                *std::max_element(score.calls.begin(), score.calls.end()));

    // Time to candidates, 100 ms away: the first identity pays for the user schema, later ones do not.
    const int latencyMs = parser.value(latency).toInt();
    SimProcess slow;
    if (!startSim(slow, directory.fileName(), latencyMs)) {
        return 1;
    }
    const QList<LabelledIdentity> sample = org.identities().mid(0, 20);
    const LabelledScore timed = evaluateLabelled(slow.baseUrl(), LabelledOrg::token(), sample);
    std::printf("with Okta %d ms away: first identity %.2f round trips, median %.2f round trips\n", latencyMs,
                double(timed.elapsedMs.first()) / latencyMs, double(timed.medianElapsedMs()) / latencyMs);
    return 0;
}
