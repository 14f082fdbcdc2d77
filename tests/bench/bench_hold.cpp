// A feed parsed into memory whole, as the console holds it: incidents kept, errors, wall time and peak
// memory, under the feeds/maxIncidents limit given (the default unless a number is given).
// Usage: bench_hold FEED [MAX_INCIDENTS]

#include "feed/FeedParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <limits>
#include <sys/resource.h>

using namespace cordon::core;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_hold FEED [MAX_INCIDENTS]\n");
        return 2;
    }
    FeedContext context;
    // The bench measures what is held, not the size limit.
    context.limits.maxFileBytes = std::numeric_limits<qint64>::max();
    if (argc > 2) {
        context.limits.maxIncidents = QByteArray(argv[2]).toLongLong();
    }
    QElapsedTimer timer;
    timer.start();
    const FeedParseResult result = FeedParser::parseFile(QString::fromLocal8Bit(argv[1]), FeedFormat::Auto, context);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("bench_hold (feeds/maxIncidents %lld): %lld incidents held, %lld errors, %.1f s, %ld MB peak\n",
                static_cast<long long>(context.limits.maxIncidents), static_cast<long long>(result.incidents.size()),
                static_cast<long long>(result.errors.size()), timer.elapsed() / 1000.0, usage.ru_maxrss / 1024);
    if (!result.errors.isEmpty()) {
        std::printf("  %s\n", qPrintable(result.errors.last().toString()));
    }
    return 0;
}
