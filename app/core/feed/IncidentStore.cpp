#include "feed/IncidentStore.h"

#include "base/Clock.h"
#include "base/Logging.h"
#include "store/Database.h"
#include "store/WriteTransaction.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace cordon::core
{

namespace
{

std::optional<Incident> incidentFromRow(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qCWarning(lcStore) << "skipping an unreadable incident row:" << error.errorString();
        return std::nullopt;
    }
    return Incident::fromJson(document.object());
}

} // namespace

IncidentStore::IncidentStore(Database& database, Clock* clock, QObject* parent)
    : QObject(parent), m_database(database), m_clock(clock ? clock : Clock::system())
{}

IncidentStore::UpsertResult IncidentStore::upsert(const QList<Incident>& incidents)
{
    UpsertResult result;
    // The last of several with one id wins, in the place the id first appeared.
    QList<Incident> unique;
    QHash<QString, qsizetype> indexById;
    unique.reserve(incidents.size());
    for (const Incident& incident : incidents) {
        const auto it = indexById.constFind(incident.id);
        if (it == indexById.constEnd()) {
            indexById.insert(incident.id, unique.size());
            unique.append(incident);
        } else {
            unique[*it] = incident;
        }
    }
    if (unique.isEmpty()) {
        return result;
    }

    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        result.ok = false;
        result.error = transaction.errorText();
        return result;
    }
    QSqlQuery select(db);
    select.prepare(QStringLiteral("SELECT state, json FROM incidents WHERE id = ?"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO incidents (id, source_kind, state, severity, detected_at, updated_at, "
                                  "json) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE incidents SET source_kind = ?, state = ?, severity = ?, detected_at = ?, "
                                  "updated_at = ?, json = ? WHERE id = ?"));

    const QString now = toStoredTime(m_clock->now());
    QList<Incident> added;
    QList<Incident> updated;
    QList<std::pair<Incident, Incident::State>> stateChanges;
    for (const Incident& incident : std::as_const(unique)) {
        const QString json = QString::fromUtf8(QJsonDocument(incident.toJson()).toJson(QJsonDocument::Compact));
        const QString state = Incident::stateName(incident.state);
        const QString severity = Incident::severityName(incident.severity);
        const QVariant detectedAt =
            incident.detectedAt.isValid() ? QVariant(toStoredTime(incident.detectedAt)) : QVariant();
        select.addBindValue(incident.id);
        if (!select.exec()) {
            result.ok = false;
            result.error = select.lastError().text();
            return result;
        }
        bool ok = true;
        if (!select.next()) {
            insert.addBindValue(incident.id);
            insert.addBindValue(incident.sourceKind);
            insert.addBindValue(state);
            insert.addBindValue(severity);
            insert.addBindValue(detectedAt);
            insert.addBindValue(now);
            insert.addBindValue(json);
            ok = insert.exec();
            added.append(incident);
        } else if (select.value(1).toString() == json) {
            ++result.unchanged;
        } else {
            const Incident::State previous = Incident::stateFromName(select.value(0).toString());
            update.addBindValue(incident.sourceKind);
            update.addBindValue(state);
            update.addBindValue(severity);
            update.addBindValue(detectedAt);
            update.addBindValue(now);
            update.addBindValue(json);
            update.addBindValue(incident.id);
            ok = update.exec();
            updated.append(incident);
            if (previous != incident.state) {
                stateChanges.append({incident, previous});
            }
        }
        select.finish();
        if (!ok) {
            result.ok = false;
            result.error = (insert.lastError().isValid() ? insert.lastError() : update.lastError()).text();
            return result;
        }
    }
    if (!transaction.commit()) {
        result.ok = false;
        result.error = transaction.errorText();
        return result;
    }
    result.added = int(added.size());
    result.updated = int(updated.size());
    qCDebug(lcFeed) << "stored incidents:" << result.added << "new," << result.updated << "updated," << result.unchanged
                    << "unchanged";

    if (!added.isEmpty()) {
        emit incidentsAdded(added);
    }
    if (!updated.isEmpty()) {
        emit incidentsUpdated(updated);
    }
    for (const auto& [incident, previous] : std::as_const(stateChanges)) {
        emit incidentStateChanged(incident, previous);
    }
    return result;
}

QList<Incident> IncidentStore::all() const
{
    QList<Incident> incidents;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT json FROM incidents ORDER BY detected_at IS NULL, detected_at, id"))) {
        qCWarning(lcStore) << "reading incidents failed:" << query.lastError().text();
        return incidents;
    }
    while (query.next()) {
        if (std::optional<Incident> incident = incidentFromRow(query.value(0).toString().toUtf8())) {
            incidents.append(std::move(*incident));
        }
    }
    return incidents;
}

std::optional<Incident> IncidentStore::find(const QString& id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT json FROM incidents WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return incidentFromRow(query.value(0).toString().toUtf8());
}

int IncidentStore::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM incidents")) || !query.next()) {
        return 0;
    }
    return query.value(0).toInt();
}

} // namespace cordon::core
