#include "gui/incidents/TeamClaims.h"

#include "store/Database.h"
#include "store/Migrations.h"

#include <QSqlDriver>
#include <QTimer>

namespace cordon::gui
{

namespace
{
const QString Channel = QLatin1String(core::NotifyChannel);
} // namespace

TeamClaims::TeamClaims(QObject* parent) : QObject(parent) {}

TeamClaims::~TeamClaims() = default;

void TeamClaims::setDatabase(core::Database* database)
{
    m_database = database;
    m_claims.reset();
    m_listening = false;
    // One analyst on a file of their own has nobody to share incidents with: the list stays as it was.
    if (!database || !database->isOpen() || !database->isShared()) {
        m_holders.clear();
        emit holdersChanged();
        return;
    }
    m_claims = std::make_unique<core::Claims>(*database);
    // Notifications arrive on this thread's event loop, which watches the connection's socket.
    QSqlDriver* driver = database->connection().driver();
    if (driver && driver->subscribeToNotification(Channel)) {
        m_listening = true;
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                    if (name == Channel) {
                        noted(payload.toString());
                    }
                });
    }
    reload();
}

QString TeamClaims::analyst() const
{
    return m_database ? m_database->analyst() : QString();
}

void TeamClaims::reload()
{
    m_holders = m_claims ? m_claims->incidentHolders() : QHash<QString, core::Claim>();
    emit holdersChanged();
}

std::optional<core::Claim> TeamClaims::holder(const QString& incidentId) const
{
    const auto found = m_holders.constFind(incidentId);
    if (found == m_holders.cend()) {
        return std::nullopt;
    }
    return *found;
}

bool TeamClaims::isMine(const core::Claim& claim) const
{
    return m_database && claim.analyst == m_database->analyst();
}

QString TeamClaims::holderText(const QString& incidentId) const
{
    const std::optional<core::Claim> claim = holder(incidentId);
    return claim ? claim->describe() : QString();
}

bool TeamClaims::take(const QString& incidentId, QString* message)
{
    if (!m_claims) {
        *message = tr("The database is not open.");
        return false;
    }
    std::optional<core::Claim> other;
    QString error;
    const bool taken = m_claims->claimIncident(incidentId, &other, &error);
    reload();
    if (taken) {
        return true;
    }
    *message = other ? tr("%1 holds this incident.").arg(other->describe())
                     : tr("The incident could not be taken: %1").arg(error);
    return false;
}

bool TeamClaims::letGo(const QString& incidentId, QString* message)
{
    if (!m_claims) {
        *message = tr("The database is not open.");
        return false;
    }
    QString error;
    const bool released = m_claims->releaseIncident(incidentId, &error);
    reload();
    if (!released) {
        *message = tr("The incident could not be let go: %1").arg(error);
    }
    return released;
}

std::optional<core::Claim> TeamClaims::userHolder(const QString& oktaUserId) const
{
    return m_claims && !oktaUserId.isEmpty() ? m_claims->userHolder(oktaUserId) : std::nullopt;
}

void TeamClaims::noted(const QString& table)
{
    // A burst (a run writes several journal entries) is handled once, on the next turn of the event loop.
    if (m_pendingTables.isEmpty()) {
        QTimer::singleShot(0, this, &TeamClaims::deliver);
    }
    m_pendingTables.insert(table);
}

void TeamClaims::deliver()
{
    const QSet<QString> tables = std::exchange(m_pendingTables, {});
    if (tables.contains(QStringLiteral("incident_claims"))) {
        reload();
    }
    emit tablesChanged(tables);
}

} // namespace cordon::gui
