#pragma once

#include "Playbook.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace cordon::core
{

class AppSettings;

// The playbooks in settings, and their export and import as a JSON document
// ({"playbooks": [ … ]}, or a bare array). An import is checked whole before anything is kept.
class PlaybookStore
{
public:
    // Does not take ownership.
    explicit PlaybookStore(AppSettings* settings);

    // The stored playbooks; the defaults when none are stored, or when what is stored no longer reads
    // (*error then says why).
    QList<Playbook> load(QString* error = nullptr) const;
    // Refuses (and writes nothing) a list that would not read back: an invalid playbook or a repeated id.
    bool save(const QList<Playbook>& playbooks, QString* error = nullptr);

    QByteArray exportJson() const;
    // Replaces the stored playbooks with the document's, or, on any error, changes nothing.
    bool importJson(const QByteArray& json, QString* error = nullptr);

    // Parses and validates a document without storing it.
    static std::optional<QList<Playbook>> parse(const QByteArray& json, QString* error = nullptr);
    static std::optional<QList<Playbook>> fromJsonArray(const QJsonArray& array, QString* error = nullptr);
    // What keeps the list from being stored, for the first playbook at fault: a problem of its own
    // (Playbook::validate) or an id another one already has. Empty when there is nothing.
    static QString problemWith(const QList<Playbook>& playbooks);

private:
    AppSettings* m_settings;
};

} // namespace cordon::core
