#include "WriteTransaction.h"

#include "base/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cordon::core
{

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery query(m_db);
    m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active) {
        m_error = query.lastError().text();
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
