#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// Okta's timestamps are ISO 8601 in UTC with milliseconds ("2026-03-01T09:12:44.000Z"), or null.
namespace cordon::core::okta::json
{

QDateTime readDate(const QJsonObject& object, const QString& key);
void writeDate(QJsonObject& object, const QString& key, const QDateTime& value);

} // namespace cordon::core::okta::json
