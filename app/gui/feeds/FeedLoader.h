#pragma once

#include "feed/FeedTypes.h"

#include <QObject>
#include <QString>

namespace cordon::gui
{

// Reads a feed file off the GUI thread and hands the incidents back on it. A loader destroyed before
// the file is read drops the result.
class FeedLoader : public QObject
{
    Q_OBJECT

public:
    explicit FeedLoader(QObject* parent = nullptr);

    // A local path or a Qt resource (":/demo/sample-feed.ndjson").
    void load(const QString& path, const core::FeedContext& context = {});
    int pendingCount() const { return m_pending; }

signals:
    void feedLoaded(const QString& path, const QList<core::Incident>& incidents, const QList<core::FeedError>& errors);

private:
    int m_pending = 0;
};

} // namespace cordon::gui
