#pragma once

#include "feed/FeedTypes.h"
#include "feed/FeedValues.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace cordon::core
{

// Maps one Red Canary v3 detection to an Incident (docs/feeds.md §Red Canary v3 detections and
// §Incident model). The endpoint and endpoint user come from the detection itself, then from a
// page's "included" array, then from the context's resolver.
class RedCanaryMapper
{
public:
    RedCanaryMapper(const FeedContext& context, feedvalues::StringPool& pool);

    static bool looksLikeDetection(const QJsonObject& record);
    // Remembers the resources of a page's "included" array for the detections that follow.
    void addIncluded(const QJsonArray& included);
    std::optional<Incident> map(const QJsonObject& detection, QString* error) const;

private:
    QJsonObject related(const QString& type, const QString& id) const;
    void mapEndpoint(const QJsonObject& detection, Incident& incident) const;
    void mapUser(const QJsonObject& detection, Incident& incident) const;

    const FeedContext& m_context;
    feedvalues::StringPool& m_pool;
    QHash<QString, QJsonObject> m_included; // "endpoint:880012" -> its attributes
};

} // namespace cordon::core
