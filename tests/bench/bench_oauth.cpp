// Round trips of containment runs in one process, with the simulator LATENCY ms away, signed in with an API token
// and as an OAuth service app: the first run (which, under OAuth, first fetches a token through the nonce step)
// and the runs after it (the token cached). Usage: bench_oauth [LATENCY_MS] [RUNS]

#include "SimProcess.h"
#include "containment/ContainmentRunner.h"
#include "okta/OktaClient.h"
#include "okta/ServiceAppAuth.h"
#include "secrets/MemorySecretStore.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace cordon::core;
using cordon::test::SimProcess;

namespace
{

// One run of actions on user; its wall time in ms, or -1 if it did not complete with every action done.
qint64 runOnce(Workspace& workspace, const QString& user, const QStringList& actions)
{
    ContainmentRequest request;
    request.user = user;
    for (const QString& text : actions) {
        QString error;
        request.actions << *ContainmentAction::parse(text, &error);
    }
    request.incidentId = QStringLiteral("bench:1");
    ContainmentRunner runner(workspace.containment(), request);
    bool done = false;
    bool ok = false;
    QObject::connect(&runner, &ContainmentRunner::finished, [&](const ContainmentReport& report) {
        ok = report.allSucceeded();
        if (!ok) {
            std::fprintf(stderr, "run failed: %s\n", qPrintable(report.message));
        }
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    runner.start();
    while (!done) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return ok ? timer.elapsed() : -1;
}

double median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : double(values.at(values.size() / 2));
}

} // namespace

int main(int argc, char** argv)
{
    // Only the figures: the runs' own logging would bury them.
    qputenv("QT_LOGGING_RULES", "cordon.*=false");
    QCoreApplication app(argc, argv);
    const int latency = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 5;
    SimProcess sim;
    QString error;
    if (!sim.start({QStringLiteral("--latency-ms"), QString::number(latency)}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString joren = sim.userId(SimProcess::jorenLogin());
    const QStringList contain{QStringLiteral("clear-sessions"), QStringLiteral("suspend"),
                              QStringLiteral("add-group:Limited Data Access")};
    const QStringList release{QStringLiteral("unsuspend"), QStringLiteral("remove-group:Limited Data Access")};
    const QByteArray pem = SimProcess::demoClientKey();
    if (pem.isEmpty()) {
        return 1;
    }
    std::printf("latency %d ms, %d runs each (medians), contain = clear-sessions, suspend, add-group\n", latency, runs);
    for (const bool oauth : {false, true}) {
        QTemporaryDir folder;
        Workspace workspace(
            std::make_unique<MemorySecretStore>(),
            std::make_unique<QSettings>(folder.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
        if (!workspace.openDatabase(&error, nullptr, folder.filePath(QStringLiteral("cordon.sqlite")))) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        if (oauth) {
            if (!workspace.useServiceApp(
                    sim.baseUrl(),
                    {SimProcess::demoClientId(),
                     QStringList{QStringLiteral("okta.users.read"), QStringLiteral("okta.users.manage"),
                                 QStringLiteral("okta.groups.read"), QStringLiteral("okta.groups.manage"),
                                 QStringLiteral("okta.roles.read")},
                     SimProcess::demoClientKeyId()},
                    pem, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
        } else {
            workspace.useOrg(sim.baseUrl(), SimProcess::demoToken().toUtf8());
        }
        sim.reset();
        const qsizetype before = sim.requests().size();
        const qint64 first = runOnce(workspace, joren, contain);
        const qsizetype firstRequests = sim.requests().size() - before;
        runOnce(workspace, joren, release);
        QList<qint64> later;
        for (int i = 0; i < runs; ++i) {
            later << runOnce(workspace, joren, contain);
            runOnce(workspace, joren, release);
        }
        if (first < 0 || std::find(later.cbegin(), later.cend(), -1) != later.cend()) {
            return 1;
        }
        const int tokenRequests = workspace.serviceApp() ? workspace.serviceApp()->tokenRequests() : 0;
        std::printf("%-24s first contain %.2f round trips (%lld requests, %d of them for the token); "
                    "later contains %.2f round trips\n",
                    oauth ? "OAuth service app (DPoP)" : "API token (SSWS)", double(first) / latency,
                    qlonglong(firstRequests), tokenRequests, median(later) / latency);
    }
    return 0;
}
