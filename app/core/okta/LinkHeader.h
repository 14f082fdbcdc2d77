#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cordon::core
{

// RFC 8288 Link headers as Okta pages with them: one header line per relation, or one comma-joined
// value (docs/okta.md §Paging). Malformed parts are skipped, never fatal.
class LinkHeader
{
public:
    struct Link
    {
        QUrl url;
        QStringList relations;
    };

    static QList<Link> parse(const QByteArray& value);
    static QList<Link> parse(const QList<QPair<QByteArray, QByteArray>>& headers);
    // The URL of rel="next", or an empty URL at the end of the list.
    static QUrl next(const QList<QPair<QByteArray, QByteArray>>& headers);
};

} // namespace cordon::core
