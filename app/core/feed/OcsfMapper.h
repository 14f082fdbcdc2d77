#pragma once

#include "feed/FeedTypes.h"
#include "feed/FeedValues.h"

#include <QJsonObject>

#include <optional>

namespace cordon::core
{

// Maps one OCSF Detection Finding (class_uid 2004, schema 1.0 onwards) to an Incident
// (feeds/FORMATS.md §2 and §5). The legacy Security Finding (2001) is read the same way.
class OcsfMapper
{
public:
    OcsfMapper(const FeedContext& context, feedvalues::StringPool& pool);

    static bool looksLikeOcsf(const QJsonObject& record);
    // std::nullopt when the record is not a finding or lacks its uid; *error says why.
    std::optional<Incident> map(const QJsonObject& record, QString* error) const;

private:
    void mapUser(const QJsonObject& record, Incident& incident) const;

    const FeedContext& m_context;
    feedvalues::StringPool& m_pool;
};

} // namespace cordon::core
