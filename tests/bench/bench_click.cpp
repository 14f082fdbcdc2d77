// From the click on Contain to every action done, with cordon-okta-sim a set latency away, in round trips.
// The analyst has confirmed the user, so the console has read them (and the restricted group) ahead of the
// click; the click then asks at once and the actions go out together. For comparison, a click made before
// that read is back (a cold click) reads first.
// Run offscreen: QT_QPA_PLATFORM=offscreen bench_click [LATENCY_MS]

#include "SimProcess.h"
#include "containment/ActionListModel.h"
#include "gui/containment/ContainmentWidget.h"
#include "gui/desktop/Dialogs.h"
#include "okta/OktaClient.h"
#include "secrets/MemorySecretStore.h"
#include "store/AppSettings.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace cordon::core;
using cordon::gui::ContainmentWidget;
using cordon::gui::Dialogs;
using cordon::test::SimProcess;

namespace
{

// Runs the event loop until the signal comes or the time is up; false on time-out.
template <typename Sender, typename Signal> bool waitFor(const Sender* sender, Signal signal, int ms = 30000)
{
    QEventLoop loop;
    bool came = false;
    const auto connection = QObject::connect(sender, signal, &loop, [&] {
        came = true;
        loop.quit();
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return came;
}

OktaUser user(SimProcess& sim, const QString& login)
{
    OktaUser known;
    known.id = sim.userId(login);
    known.login = login;
    known.status = QStringLiteral("ACTIVE");
    return known;
}

// Clicks Contain, answers Yes, and returns the milliseconds to every action done and the calls sent.
std::pair<qint64, qsizetype> click(SimProcess& sim, ContainmentWidget& widget)
{
    const qsizetype before = sim.requests().size();
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QElapsedTimer timer;
    timer.start();
    QTimer::singleShot(0, &widget, &ContainmentWidget::contain);
    if (!waitFor(&widget, &ContainmentWidget::runFinished)) {
        return {-1, 0};
    }
    const qint64 elapsed = timer.elapsed();
    for (const ActionResult& result : widget.actionModel()->results()) {
        if (!result.succeeded()) {
            std::fprintf(stderr, "%s did not succeed\n", qPrintable(result.action.name()));
            return {-1, 0};
        }
    }
    return {elapsed, sim.requests().size() - before};
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const int latency = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100;
    SimProcess sim;
    QString error;
    if (!sim.start({QStringLiteral("--latency-ms"), QString::number(latency)}, &error)) {
        std::fprintf(stderr, "simulator: %s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    Workspace workspace(std::make_unique<MemorySecretStore>(),
                        std::make_unique<QSettings>(dir.filePath(QStringLiteral("cordon.ini")), QSettings::IniFormat));
    if (!workspace.openDatabase(&error, nullptr, dir.filePath(QStringLiteral("cordon.sqlite")))) {
        std::fprintf(stderr, "database: %s\n", qPrintable(error));
        return 1;
    }
    workspace.settings()->setRestrictedGroupName(QStringLiteral("Limited Data Access"));
    workspace.useOrg(sim.baseUrl(), SimProcess::demoToken().toUtf8());

    ContainmentWidget widget;
    widget.setWorkspace(&workspace);
    widget.show();

    // Warm: the analyst confirmed the user a moment ago; the console read them meanwhile.
    widget.setTarget(QStringLiteral("bench:click:1"), user(sim, SimProcess::jorenLogin()));
    if (!waitFor(&widget, &ContainmentWidget::preflightReady)) {
        std::fprintf(stderr, "the user was not read ahead\n");
        return 1;
    }
    const auto [warmMs, warmCalls] = click(sim, widget);

    // Cold: the click comes before that read is back.
    widget.setTarget(QStringLiteral("bench:click:2"), user(sim, QStringLiteral("teo.lindqvist@example.com")));
    const auto [coldMs, coldCalls] = click(sim, widget);
    if (warmMs < 0 || coldMs < 0) {
        return 1;
    }
    std::printf("latency %d ms per answer\n", latency);
    std::printf("click to done, user read ahead: %lld ms = %.2f round trips, %lld calls at the click\n", warmMs,
                double(warmMs) / latency, static_cast<long long>(warmCalls));
    std::printf("click to done, cold:            %lld ms = %.2f round trips, %lld calls at the click\n", coldMs,
                double(coldMs) / latency, static_cast<long long>(coldCalls));
    return 0;
}
