#include "feed/RedCanaryMapper.h"

#include "identity/IdentityParser.h"

#include <QUrl>

namespace cordon::core
{

namespace
{

using feedvalues::text;
using feedvalues::time;

// Red Canary spells resource types "endpoint_user" in relationships and "EndpointUser" elsewhere.
QString canonicalType(const QString& type)
{
    QString result = type.toLower();
    result.remove(u'_');
    return result;
}

QString href(const QJsonObject& links, QLatin1String name)
{
    const QJsonValue link = links.value(name);
    return link.isObject() ? text(link.toObject().value(QLatin1String("href"))) : text(link);
}

// The portal's subdomain: https://kestrel.my.redcanary.co/... -> "kestrel".
QString instanceFromUrl(const QString& url)
{
    const QString host = QUrl(url).host();
    const qsizetype dot = host.indexOf(u'.');
    return dot > 0 ? host.left(dot) : QString();
}

} // namespace

RedCanaryMapper::RedCanaryMapper(const FeedContext& context, feedvalues::StringPool& pool)
    : m_context(context), m_pool(pool)
{}

bool RedCanaryMapper::looksLikeDetection(const QJsonObject& record)
{
    return record.value(QLatin1String("type")).toString().compare(QLatin1String("Detection"), Qt::CaseInsensitive) ==
               0 ||
           (record.contains(QLatin1String("attributes")) && record.contains(QLatin1String("relationships")));
}

void RedCanaryMapper::addIncluded(const QJsonArray& included)
{
    for (const QJsonValue& value : included) {
        const QJsonObject resource = value.toObject();
        const QString id = text(resource.value(QLatin1String("id")));
        if (!id.isEmpty()) {
            m_included.insert(canonicalType(text(resource.value(QLatin1String("type")))) + u':' + id,
                              resource.value(QLatin1String("attributes")).toObject());
        }
    }
}

QJsonObject RedCanaryMapper::related(const QString& type, const QString& id) const
{
    if (id.isEmpty()) {
        return QJsonObject();
    }
    const auto it = m_included.constFind(canonicalType(type) + u':' + id);
    if (it != m_included.constEnd()) {
        return *it;
    }
    if (m_context.resolveRelated) {
        const QJsonObject resource = m_context.resolveRelated(type, id);
        const QJsonValue attributes = resource.value(QLatin1String("attributes"));
        return attributes.isObject() ? attributes.toObject() : resource;
    }
    return QJsonObject();
}

std::optional<Incident> RedCanaryMapper::map(const QJsonObject& detection, QString* error) const
{
    Incident incident;
    incident.sourceId = text(detection.value(QLatin1String("id")));
    if (incident.sourceId.isEmpty()) {
        *error = QStringLiteral("detection has no id");
        return std::nullopt;
    }
    const QJsonObject attributes = detection.value(QLatin1String("attributes")).toObject();
    const QJsonObject links = detection.value(QLatin1String("links")).toObject();
    incident.apiUrl = href(links, QLatin1String("self"));
    incident.timelineUrl = href(links, QLatin1String("activity_timeline"));

    incident.sourceKind = QStringLiteral("redcanary");
    incident.sourceInstance = m_context.instance;
    if (incident.sourceInstance.isEmpty()) {
        incident.sourceInstance = m_pool.intern(instanceFromUrl(incident.apiUrl));
    }
    if (incident.sourceInstance.isEmpty()) {
        incident.sourceInstance = QStringLiteral("default");
    }
    incident.sourceVendor = QStringLiteral("Red Canary");
    incident.sourceProduct = QStringLiteral("Red Canary MDR");
    incident.id = Incident::makeId(incident.sourceKind, incident.sourceInstance, incident.sourceId);

    incident.title = m_pool.intern(text(attributes.value(QLatin1String("headline"))));
    incident.summary = m_pool.intern(text(attributes.value(QLatin1String("summary"))));
    incident.severityRaw = m_pool.intern(text(attributes.value(QLatin1String("severity"))));
    incident.severity = Incident::severityFromName(incident.severityRaw);
    incident.detectedAt = time(attributes.value(QLatin1String("time_of_occurrence")));
    incident.reportedAt = time(attributes.value(QLatin1String("confirmed_at")));
    incident.acknowledgedAt = time(attributes.value(QLatin1String("last_acknowledged_at")));

    // Older data says "remediated" or "not_remediated_<reason>"; 2025 data splits the reason out.
    const QJsonObject remediation = attributes.value(QLatin1String("last_remediated_status")).toObject();
    const QString remediationState = text(remediation.value(QLatin1String("remediation_state"))).toLower();
    const QString reason = text(remediation.value(QLatin1String("reason")));
    if (remediationState.startsWith(QLatin1String("not_remediated"))) {
        incident.state = Incident::State::Suppressed;
        QString suffix = remediationState.mid(qsizetype(sizeof("not_remediated")) - 1);
        while (suffix.startsWith(u'_')) {
            suffix.remove(0, 1);
        }
        incident.resolution = !reason.isEmpty() ? reason : (!suffix.isEmpty() ? suffix : remediationState);
    } else if (remediationState.startsWith(QLatin1String("remediated"))) {
        incident.state = Incident::State::Resolved;
        incident.resolution = QStringLiteral("remediated");
        incident.remediatedAt = time(remediation.value(QLatin1String("marked_at")));
    } else if (incident.acknowledgedAt.isValid()) {
        incident.state = Incident::State::InProgress;
    } else {
        incident.state = Incident::State::New;
    }
    incident.resolution = m_pool.intern(incident.resolution);

    mapEndpoint(detection, incident);
    mapUser(detection, incident);
    return incident;
}

void RedCanaryMapper::mapEndpoint(const QJsonObject& detection, Incident& incident) const
{
    const QJsonObject data = detection.value(QLatin1String("relationships"))
                                 .toObject()
                                 .value(QLatin1String("affected_endpoint"))
                                 .toObject()
                                 .value(QLatin1String("data"))
                                 .toObject();
    incident.sourceEndpointId = text(data.value(QLatin1String("id")));
    const QJsonObject endpoint = related(QStringLiteral("endpoint"), incident.sourceEndpointId);

    incident.hostname = text(detection.value(QLatin1String("hostname")));
    if (incident.hostname.isEmpty()) {
        incident.hostname = text(endpoint.value(QLatin1String("hostname")));
    }
    incident.hostnameNormalized = IdentityParser::shortHostname(incident.hostname);

    QString platform =
        text(data.value(QLatin1String("reporting_tags")).toObject().value(QLatin1String("endpoint_platform")));
    if (platform.isEmpty()) {
        platform = text(endpoint.value(QLatin1String("platform")));
    }
    incident.osFamily = feedvalues::osFamilyFromName(platform);

    for (const QJsonValue& address : data.value(QLatin1String("network_addresses")).toArray()) {
        incident.ips.append(text(address));
    }
    if (incident.ips.isEmpty()) {
        for (const QJsonValue& address : endpoint.value(QLatin1String("endpoint_network_addresses")).toArray()) {
            const QString ip = text(address.toObject()
                                        .value(QLatin1String("attributes"))
                                        .toObject()
                                        .value(QLatin1String("ip_address"))
                                        .toObject()
                                        .value(QLatin1String("attributes"))
                                        .toObject()
                                        .value(QLatin1String("ip_address")));
            if (!ip.isEmpty()) {
                incident.ips.append(ip);
            }
        }
    }
}

void RedCanaryMapper::mapUser(const QJsonObject& detection, Incident& incident) const
{
    const QJsonObject data = detection.value(QLatin1String("relationships"))
                                 .toObject()
                                 .value(QLatin1String("related_endpoint_user"))
                                 .toObject()
                                 .value(QLatin1String("data"))
                                 .toObject();
    incident.sourceUserId = text(data.value(QLatin1String("id")));
    const QJsonObject endpointUser = related(QStringLiteral("endpoint_user"), incident.sourceUserId);

    QString raw = text(detection.value(QLatin1String("username")));
    if (raw.isEmpty()) {
        raw = text(endpointUser.value(QLatin1String("username")));
    }
    incident.userHints = data.value(QLatin1String("reporting_tags")).toObject();
    if (incident.userHints.isEmpty()) {
        incident.userHints = endpointUser.value(QLatin1String("reporting_tags")).toObject();
    }

    IdentityContext context;
    context.hostname = incident.hostname;
    context.rawField = QStringLiteral("username");
    context.vendorHints = incident.userHints;
    context.serviceAccountPatterns = m_context.serviceAccountPatterns;
    const QString uid = text(endpointUser.value(QLatin1String("uid")));
    if (feedvalues::looksLikeSid(uid)) {
        context.sid = uid;
    }
    incident.user = IdentityParser::parse(raw, context);
    incident.user.domain = m_pool.intern(incident.user.domain);

    // Red Canary reports LocalSystem's activity as the endpoint's own computer account.
    if (incident.user.sid.isEmpty() && incident.user.principalClass == EndpointIdentity::PrincipalClass::Machine &&
        incident.userHints.value(QLatin1String("system_account")).toBool()) {
        incident.user.sid = QStringLiteral("S-1-5-18");
    }
}

} // namespace cordon::core
