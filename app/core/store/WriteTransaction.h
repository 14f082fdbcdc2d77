#pragma once

#include <QSqlDatabase>
#include <QString>

namespace cordon::core
{

// A write transaction that takes the database's one write lock at once, so that a read-then-write (the
// audit chain's head, a schema version) cannot race another connection: SQLite's (BEGIN IMMEDIATE), or on
// PostgreSQL an advisory lock every Cordon writer takes, held to the end of the transaction. Rolls back
// unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    QString errorText() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace cordon::core
