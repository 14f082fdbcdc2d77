#include "gui/feeds/FeedLoader.h"

#include "base/Logging.h"
#include "feed/FeedParser.h"

#include <QFutureWatcher>
#include <QtConcurrent>

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
    watcher->setFuture(QtConcurrent::run(
        [path, context] { return core::FeedParser::parseFile(path, core::FeedFormat::Auto, context); }));
}

} // namespace cordon::gui
