#include "WriteTransaction.h"

#include "Database.h"
#include "base/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cordon::core
{

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery query(m_db);
    if (m_db.driverName() != QLatin1String("QPSQL")) {
        m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active) {
            m_error = query.lastError().text();
        }
        return;
    }
    m_active = query.exec(QStringLiteral("BEGIN"));
    if (!m_active && reconnectIfLost(m_db, query.lastError())) {
        QSqlQuery again(m_db);
        m_active = again.exec(QStringLiteral("BEGIN"));
        query = std::move(again);
    }
    if (!m_active) {
        m_error = query.lastError().text();
        return;
    }
    const AdvisoryKey key{WriteLockSpace, 0};
    query.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?, ?)"));
    query.addBindValue(key.space);
    query.addBindValue(key.id);
    if (!query.exec()) {
        m_error = query.lastError().text();
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        m_active = false;
    }
}

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("ROLLBACK"))) {
            qCWarning(lcStore) << "rollback failed:" << query.lastError().text();
        }
    }
}

bool WriteTransaction::commit()
{
    if (!m_active) {
        return false;
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_error = query.lastError().text();
        return false;
    }
    m_active = false;
    return true;
}

} // namespace cordon::core
