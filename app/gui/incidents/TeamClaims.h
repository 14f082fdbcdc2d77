#pragma once

#include "store/Claims.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace cordon::core
{
class Database;
}

namespace cordon::gui
{

// Who holds each incident, for the list and the detail pane, and the analyst's own take and let go. On a
// shared database it listens for the server's notifications on Cordon's channel, so that what another
// analyst changes shows within a moment: the holders are read again when incident claims change (a small
// table), and tablesChanged tells the window what else changed.
class TeamClaims : public QObject
{
    Q_OBJECT

public:
    explicit TeamClaims(QObject* parent = nullptr);
    ~TeamClaims() override;

    // The database claims are kept in (not owned; it outlives this object's use of it), or null for none. Only
    // a shared database has claims.
    void setDatabase(core::Database* database);
    bool isAvailable() const { return m_claims != nullptr; }
    // Whether the server's notifications reach this console.
    bool isListening() const { return m_listening; }
    // The name this analyst's claims are recorded under.
    QString analyst() const;

    std::optional<core::Claim> holder(const QString& incidentId) const;
    bool isMine(const core::Claim& claim) const;
    // Who holds an incident, for people: "bob on ws-7 since 14:02 UTC"; empty when nobody does.
    QString holderText(const QString& incidentId) const;

    // Takes the incident; false with the reason (who holds it, or the database's error) in *message.
    bool take(const QString& incidentId, QString* message);
    // Lets go of the incident this analyst holds; false with the database's error.
    bool letGo(const QString& incidentId, QString* message);
    // The live claim on an Okta user: the run acting on it, on any workstation.
    std::optional<core::Claim> userHolder(const QString& oktaUserId) const;

public slots:
    // Reads the holders again (only the claimed incidents).
    void reload();

signals:
    void holdersChanged();
    // Tables another analyst (or this one) changed: "journal", "claims", "identity_links", … Notices that
    // arrive together are told once.
    void tablesChanged(const QSet<QString>& tables);

private:
    void noted(const QString& table);
    void deliver();

    core::Database* m_database = nullptr;
    std::unique_ptr<core::Claims> m_claims;
    QHash<QString, core::Claim> m_holders;
    QSet<QString> m_pendingTables;
    bool m_listening = false;
};

} // namespace cordon::gui
