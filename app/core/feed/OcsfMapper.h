#pragma once

#include "feed/FeedTypes.h"
#include "feed/FeedValues.h"
#include "feed/JsonView.h"

#include <QJsonObject>

#include <map>
#include <optional>
#include <utility>

namespace cordon::core
{

// Maps one OCSF Detection Finding (class_uid 2004, schema 1.0 onwards) to an Incident
// (docs/feeds.md §OCSF findings and §Incident model). The legacy Security Finding (2001) is read the same way.
class OcsfMapper
{
public:
    OcsfMapper(const FeedContext& context, feedvalues::StringPool& pool);

    static bool looksLikeOcsf(const QJsonObject& record);
    static bool looksLikeOcsf(const JsonObjectView& record);
    // std::nullopt when the record is not a finding or lacks its uid; *error says why. Both forms read a
    // record alike: the view is the fast one for a feed's records.
    std::optional<Incident> map(const QJsonObject& record, QString* error) const;
    std::optional<Incident> map(const JsonObjectView& record, QString* error) const;

private:
    template <class Object> std::optional<Incident> mapRecord(const Object& record, QString* error) const;
    template <class Object> void mapUser(const Object& record, Incident& incident) const;
    // text() of the value, held once in the pool; a view's plain string is looked up without a copy.
    QString pooledText(const QJsonValue& value) const;
    QString pooledText(const JsonView& value) const;
    // The same, with derive(text) pooled beside it: derive runs once per distinct value, not per record.
    std::pair<QString, QString> pooledWith(const QJsonValue& value, feedvalues::StringPool::Derive derive) const;
    std::pair<QString, QString> pooledWith(const JsonView& value, feedvalues::StringPool::Derive derive) const;

    // {"ocsf_user_type_id", "ocsf_account_type_id"} as IdentityParser takes them; an absent id is left out.
    QJsonObject userHints(std::optional<int> userType, std::optional<int> accountType) const;

    const FeedContext& m_context;
    feedvalues::StringPool& m_pool;
    // The hints of each pair of type ids seen, built once: a feed has a few such pairs, not one per record.
    mutable std::map<std::pair<std::optional<int>, std::optional<int>>, QJsonObject> m_userHints;
};

} // namespace cordon::core
