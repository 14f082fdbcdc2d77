// The console with a large feed: the time from opening the feed to every row listed, one filter keystroke
// over all of them, and the peak memory. Run offscreen: QT_QPA_PLATFORM=offscreen bench_console FEED [DATA_DIR]
// DATA_DIR keeps the database the run stores the feed in; `bench_console --restart DATA_DIR` then times a
// start that lists them from it alone, in a process of its own so that its peak memory is the start's.

#include "feed/IncidentTableModel.h"
#include "gui/Console.h"
#include "gui/feeds/FeedLoader.h"
#include "gui/incidents/MainWindow.h"
#include "secrets/MemorySecretStore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <sys/resource.h>

namespace
{

long peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// The analyst's next start: the incidents come from the database, not the feed.
void timeRestart(QApplication& app)
{
    QElapsedTimer reopen;
    reopen.start();
    cordon::gui::Console again(std::make_unique<cordon::core::MemorySecretStore>());
    qint64 reopenedMs = -1;
    int relisted = 0;
    QObject::connect(again.window(), &cordon::gui::MainWindow::incidentsLoaded, &app, [&](int total) {
        reopenedMs = reopen.elapsed();
        relisted = total;
        QCoreApplication::quit();
    });
    again.window()->resize(1400, 900);
    again.window()->show();
    again.start();
    QApplication::exec();
    std::printf("restart to fully listed from the database: %d rows in %lld ms\n", relisted, reopenedMs);
    std::printf("peak memory: %ld MB\n", peakMegabytes());
}

} // namespace

int main(int argc, char* argv[])
{
    const bool restartOnly = argc == 3 && qstrcmp(argv[1], "--restart") == 0;
    QTemporaryDir temporary;
    QTemporaryDir config;
    const QByteArray data = argc == 3 ? QByteArray(argv[2]) : temporary.path().toUtf8();
    qputenv("CORDON_DATA_DIR", data);
    qputenv("CORDON_CONFIG_DIR", config.path().toUtf8());
    QApplication app(argc, argv);
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: bench_console FEED [DATA_DIR] | bench_console --restart DATA_DIR\n");
        return 2;
    }
    if (restartOnly) {
        timeRestart(app);
        return 0;
    }
    const QString feed = QString::fromLocal8Bit(argv[1]);

    auto first = std::make_unique<cordon::gui::Console>(std::make_unique<cordon::core::MemorySecretStore>());
    cordon::gui::Console& console = *first;
    cordon::gui::MainWindow* window = console.window();
    window->resize(1400, 900);
    window->show();
    auto* table = window->findChild<QTableView*>(QStringLiteral("incidentTableView"));
    auto* filter = window->findChild<QLineEdit*>(QStringLiteral("filterLineEdit"));
    if (!table || !filter) {
        std::fprintf(stderr, "the main window has no incidentTableView or filterLineEdit\n");
        return 1;
    }

    QElapsedTimer timer;
    qint64 parsedMs = -1;
    QObject::connect(console.feedLoader(), &cordon::gui::FeedLoader::feedLoaded, &app,
                     [&] { parsedMs = timer.elapsed(); });
    qint64 listedMs = -1;
    long listedPeak = 0;
    int listed = 0;
    QObject::connect(window, &cordon::gui::MainWindow::incidentsLoaded, &app, [&](int total) {
        listedMs = timer.elapsed();
        listed = total;
        // Let the view lay out and paint the first screen before stopping the clock for good.
        QTimer::singleShot(0, &app, [&] {
            table->viewport()->repaint();
            listedMs = timer.elapsed();
            listedPeak = peakMegabytes();
            QCoreApplication::quit();
        });
    });
    timer.start();
    console.loadFeed(feed);
    QApplication::exec();
    std::printf("feed read and parsed (worker thread): %lld ms\n", parsedMs);
    std::printf("open to fully listed: %d rows in %lld ms (%lld ms after the parse)\n", listed, listedMs,
                listedMs - parsedMs);
    // The filter's search texts are built behind the list; a keystroke before they are done waits for them.
    if (const auto* model = window->findChild<cordon::core::IncidentTableModel*>()) {
        model->settleSearchTexts();
        std::printf("search texts ready: %lld ms after the open\n", timer.elapsed());
    }

    // The database keeps them behind the list, a slice per event-loop turn.
    QElapsedTimer storing;
    storing.start();
    bool stored = false;
    QObject::connect(&console, &cordon::gui::Console::incidentsStored, &app, [&] {
        stored = true;
        QCoreApplication::quit();
    });
    QApplication::exec();
    std::printf("stored behind the list: %s, %lld ms more\n", stored ? "yes" : "no", storing.elapsed());
    std::printf("peak memory once listed: %ld MB; once stored: %ld MB\n", listedPeak, peakMegabytes());

    // Whatever the load left queued runs now, so that the keystrokes below time the filter alone.
    QElapsedTimer settle;
    settle.start();
    QCoreApplication::processEvents();
    table->viewport()->repaint();
    std::printf("settling after the load: %lld ms\n", settle.elapsed());

    // One keystroke in the filter box, then another that narrows further; each until the view has repainted.
    for (const char* text : {"j", "jo"}) {
        QElapsedTimer keystroke;
        keystroke.start();
        filter->setText(QString::fromLatin1(text));
        QCoreApplication::processEvents();
        table->viewport()->repaint();
        std::printf("filter '%s': %d rows shown in %lld ms\n", text, table->model()->rowCount(), keystroke.elapsed());
    }
    std::printf("peak memory: %ld MB\n", peakMegabytes());

    // Gone, as at a real restart: the peak below is the first run's unless the start needs more.
    first.reset();
    timeRestart(app);
    return 0;
}
