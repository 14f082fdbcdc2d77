#pragma once

#include "base/Logging.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>

namespace cordon::core
{

// Runs a prepared SELECT and turns each row into a value with read(query); an empty list (and a
// warning) when the query fails.
template <typename Row, typename Read> QList<Row> queryRows(QSqlQuery& query, Read read)
{
    QList<Row> rows;
    if (!query.exec()) {
        qCWarning(lcStore) << "read failed:" << query.lastError().text();
        return rows;
    }
    while (query.next()) {
        rows.append(read(query));
    }
    return rows;
}

} // namespace cordon::core
