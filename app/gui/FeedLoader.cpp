#include "FeedLoader.h"

#include "base/Logging.h"
#include "feed/FeedParser.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace cordon::gui
{

FeedLoader::FeedLoader(QObject* parent) : QObject(parent) {}

void FeedLoader::load(const QString& path, const core::FeedContext& context)
{
    ++m_pending;
    auto* watcher = new QFutureWatcher<core::FeedParseResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        const core::FeedParseResult result = watcher->result();
        watcher->deleteLater();
        --m_pending;
        qCInfo(lcFeed) << "read" << result.incidents.size() << "incidents and" << result.errors.size() << "errors from"
                       << path;
        emit feedLoaded(path, result.incidents, result.errors);
    });
    watcher->setFuture(QtConcurrent::run([path, context] {
        core::FeedParseResult result = core::FeedParser::parseFile(path, core::FeedFormat::Auto, context);
#ifdef __GLIBC__
        // The parse leaves tens of megabytes of freed records in the allocator's arenas; hand them back
        // before the list is built, so that the two do not add up.
        malloc_trim(0);
#endif
        return result;
    }));
}

} // namespace cordon::gui
