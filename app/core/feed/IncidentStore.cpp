#include "feed/IncidentStore.h"

#include "base/Clock.h"
#include "base/JsonTime.h"
#include "base/Logging.h"
#include "store/Database.h"
#include "store/WriteTransaction.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace cordon::core
{

namespace
{

std::optional<Incident> incidentFromJson(const QString& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    return Incident::fromJson(document.object(), error);
}

std::optional<Incident> incidentFromRow(const QString& json)
{
    QString error;
    std::optional<Incident> incident = incidentFromJson(json, &error);
    if (!incident) {
        qCWarning(lcStore) << "skipping an unreadable incident row:" << error;
    }
    return incident;
}

QString storedTimeText(const QDateTime& time)
{
    QByteArray text;
    if (time.isValid() && appendUtcTime(text, time.toMSecsSinceEpoch())) {
        return QString::fromLatin1(text);
    }
    return toStoredTime(time);
}

QDateTime storedTimeValue(const QString& text)
{
    const QDateTime time = parseUtcTime(text);
    return time.isValid() ? time : fromStoredTime(text);
}

// Ids per look-up of what is stored: one statement for many rows, which on a server is one round trip.
constexpr qsizetype LookupChunk = 256;
// The columns a written row binds.
constexpr qsizetype WriteColumns = 12;

QString lookupStatement(qsizetype ids)
{
    QString marks = QStringLiteral("?");
    marks.reserve(ids * 2);
    for (qsizetype i = 1; i < ids; ++i) {
        marks += QStringLiteral(",?");
    }
    return QStringLiteral("SELECT id, state, json FROM incidents WHERE id IN (%1)").arg(marks);
}

// Recurring values (a feed's titles, summaries, users, hosts) held once for the whole list.
class Pool
{
public:
    QString take(QString&& text)
    {
        if (text.isEmpty()) {
            return {};
        }
        const auto it = m_values.constFind(text);
        if (it != m_values.constEnd()) {
            return *it;
        }
        m_values.insert(text);
        return std::move(text);
    }

private:
    QSet<QString> m_values;
};

} // namespace

IncidentStore::IncidentStore(Database& database, Clock* clock, QObject* parent)
    : QObject(parent), m_database(database), m_clock(clock ? clock : Clock::system())
{}

IncidentStore::UpsertResult IncidentStore::upsertSpan(std::span<const Incident> incidents)
{
    UpsertResult result;
    // The last of several with one id wins, in the place the id first appeared.
    QList<const Incident*> unique;
    QHash<QString, qsizetype> indexById;
    unique.reserve(qsizetype(incidents.size()));
    indexById.reserve(qsizetype(incidents.size()));
    for (const Incident& incident : incidents) {
        const auto it = indexById.constFind(incident.id);
        if (it == indexById.constEnd()) {
            indexById.insert(incident.id, unique.size());
            unique.append(&incident);
        } else {
            unique[*it] = &incident;
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
    const auto fail = [&result](const QSqlQuery& query) {
        result.ok = false;
        result.error = query.lastError().text();
        return result;
    };
    QSqlQuery lookup(db);
    lookup.setForwardOnly(true);
    qsizetype lookupSize = 0;
    // One statement adds or replaces a chunk's rows, in SQLite and PostgreSQL alike: on PostgreSQL each statement is
    // a round trip to the server, so a row at a time would cost a hundred thousand of them.
    const auto writeStatement = [](qsizetype rows) {
        QString sql = QStringLiteral("INSERT INTO incidents (id, source_kind, state, severity, detected_at, updated_at,"
                                     " json, title, summary, hostname, user_raw, resolution, list_columns) VALUES ");
        for (qsizetype row = 0; row < rows; ++row) {
            sql += row == 0 ? QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
                            : QStringLiteral(", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
        }
        return sql + QStringLiteral(
                         " ON CONFLICT (id) DO UPDATE SET source_kind = excluded.source_kind, state = excluded.state,"
                         " severity = excluded.severity, detected_at = excluded.detected_at,"
                         " updated_at = excluded.updated_at, json = excluded.json, title = excluded.title,"
                         " summary = excluded.summary, hostname = excluded.hostname, user_raw = excluded.user_raw,"
                         " resolution = excluded.resolution, list_columns = excluded.list_columns");
    };
    QSqlQuery fullWrite(db);
    bool fullWritePrepared = false;
    QVariantList rowValues;
    const auto writeRows = [&]() {
        const qsizetype rows = rowValues.size() / WriteColumns;
        if (rows == 0) {
            return true;
        }
        QSqlQuery partialWrite(db);
        const bool full = rows == LookupChunk;
        QSqlQuery& write = full ? fullWrite : partialWrite;
        if ((!full || !fullWritePrepared) && !write.prepare(writeStatement(rows))) {
            fail(write);
            return false;
        }
        fullWritePrepared = fullWritePrepared || full;
        for (qsizetype i = 0; i < rowValues.size(); ++i) {
            write.bindValue(int(i), rowValues.at(i));
        }
        rowValues.clear();
        if (!write.exec()) {
            fail(write);
            return false;
        }
        return true;
    };

    const QString now = storedTimeText(m_clock->now());
    QList<Incident> added;
    QList<Incident> updated;
    QList<std::pair<Incident, Incident::State>> stateChanges;
    QHash<QString, std::pair<QString, QString>> held; // id -> state, json of the chunk's stored incidents
    QByteArray bytes;
    for (qsizetype chunk = 0; chunk < unique.size(); chunk += LookupChunk) {
        const qsizetype size = std::min(LookupChunk, unique.size() - chunk);
        if (size != lookupSize) {
            lookupSize = size;
            if (!lookup.prepare(lookupStatement(size))) {
                return fail(lookup);
            }
        }
        for (qsizetype i = 0; i < size; ++i) {
            lookup.bindValue(int(i), unique[chunk + i]->id);
        }
        if (!lookup.exec()) {
            return fail(lookup);
        }
        held.clear();
        while (lookup.next()) {
            held.insert(lookup.value(0).toString(), {lookup.value(1).toString(), lookup.value(2).toString()});
        }
        lookup.finish();

        for (qsizetype i = chunk; i < chunk + size; ++i) {
            const Incident& incident = *unique[i];
            bytes.clear();
            incident.appendJson(bytes);
            const QString json = QString::fromUtf8(bytes);
            const auto stored = held.constFind(incident.id);
            if (stored != held.constEnd() && stored->second == json) {
                ++result.unchanged;
                continue;
            }
            rowValues << incident.id << storedText(incident.sourceKind) << Incident::stateName(incident.state)
                      << Incident::severityName(incident.severity)
                      << (incident.detectedAt.isValid() ? QVariant(storedTimeText(incident.detectedAt))
                                                        : QVariant(QMetaType::fromType<QString>()))
                      << now << json << storedText(incident.title) << storedText(incident.summary)
                      << storedText(incident.hostname) << storedText(incident.user.raw)
                      << storedText(incident.resolution);
            if (stored == held.constEnd()) {
                added.append(incident);
                continue;
            }
            updated.append(incident);
            if (const Incident::State previous = Incident::stateFromName(stored->first); previous != incident.state) {
                stateChanges.append({incident, previous});
            }
        }
        if (!writeRows()) {
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
        if (std::optional<Incident> incident = incidentFromRow(query.value(0).toString())) {
            incidents.append(std::move(*incident));
        }
    }
    return incidents;
}

QList<Incident> IncidentStore::list(bool fillNow)
{
    QList<Incident> incidents;
    const QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The JSON comes only with rows whose columns are not filled yet.
    if (!query.exec(QStringLiteral("SELECT id, source_kind, state, severity, detected_at, title, summary, hostname,"
                                   " user_raw, resolution, CASE WHEN list_columns = 0 THEN json ELSE '' END"
                                   " FROM incidents ORDER BY detected_at IS NULL, detected_at, id"))) {
        qCWarning(lcStore) << "listing incidents failed:" << query.lastError().text();
        return incidents;
    }
    Pool pool;
    m_unfilled.clear();
    int unreadable = 0;
    while (query.next()) {
        Incident incident;
        incident.listFieldsOnly = true;
        incident.id = query.value(0).toString();
        incident.sourceKind = pool.take(query.value(1).toString());
        incident.state = Incident::stateFromName(query.value(2).toString());
        incident.severity = Incident::severityFromName(query.value(3).toString());
        incident.detectedAt = storedTimeValue(query.value(4).toString());
        const QString json = query.value(10).toString();
        if (!json.isEmpty()) {
            QString error;
            if (const std::optional<Incident> whole = incidentFromJson(json, &error)) {
                incident.title = whole->title;
                incident.summary = whole->summary;
                incident.hostname = whole->hostname;
                incident.user.raw = whole->user.raw;
                incident.resolution = whole->resolution;
                m_unfilled.append(incident);
            } else {
                ++unreadable;
            }
            incidents.append(std::move(incident));
            continue;
        }
        incident.title = pool.take(query.value(5).toString());
        incident.summary = pool.take(query.value(6).toString());
        incident.hostname = pool.take(query.value(7).toString());
        incident.user.raw = pool.take(query.value(8).toString());
        incident.resolution = pool.take(query.value(9).toString());
        incidents.append(std::move(incident));
    }
    query.finish();
    if (unreadable > 0) {
        qCWarning(lcStore) << unreadable
                           << "stored incidents have unreadable JSON: listed with what their columns hold";
    }
    if (fillNow) {
        fillListColumns();
    }
    return incidents;
}

void IncidentStore::fillListColumns()
{
    const QList<Incident> incidents = std::exchange(m_unfilled, {});
    if (incidents.isEmpty()) {
        return;
    }
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    QSqlQuery fill(db);
    if (!transaction.isActive() ||
        !fill.prepare(QStringLiteral("UPDATE incidents SET title = ?, summary = ?, hostname = ?, user_raw = ?,"
                                     " resolution = ?, list_columns = 1 WHERE id = ? AND list_columns = 0"))) {
        qCWarning(lcStore) << "the list's columns of older incidents stay unfilled:"
                           << (transaction.isActive() ? fill.lastError().text() : transaction.errorText());
        return;
    }
    for (const Incident& incident : incidents) {
        fill.bindValue(0, storedText(incident.title));
        fill.bindValue(1, storedText(incident.summary));
        fill.bindValue(2, storedText(incident.hostname));
        fill.bindValue(3, storedText(incident.user.raw));
        fill.bindValue(4, storedText(incident.resolution));
        fill.bindValue(5, incident.id);
        if (!fill.exec()) {
            qCWarning(lcStore) << "the list's columns of older incidents stay unfilled:" << fill.lastError().text();
            return;
        }
    }
    if (!transaction.commit()) {
        qCWarning(lcStore) << "the list's columns of older incidents stay unfilled:" << transaction.errorText();
        return;
    }
    qCInfo(lcStore) << "filled the list's columns of" << incidents.size() << "incidents stored before them";
}

std::optional<Incident> IncidentStore::find(const QString& id, QString* error) const
{
    QString reason;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT json FROM incidents WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        reason = tr("reading the incident %1 failed: %2").arg(id, query.lastError().text());
    } else if (!query.next()) {
        reason = tr("no incident %1 is stored").arg(id);
    } else if (std::optional<Incident> incident = incidentFromJson(query.value(0).toString(), &reason)) {
        return incident;
    } else {
        reason = tr("the stored incident %1 cannot be read (%2)").arg(id, reason);
    }
    if (error) {
        *error = reason;
    }
    return std::nullopt;
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
