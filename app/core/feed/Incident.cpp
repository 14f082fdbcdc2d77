#include "feed/Incident.h"

#include "base/JsonTime.h"
#include "feed/FeedValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <array>
#include <utility>

namespace cordon::core
{

namespace
{

const std::array<std::pair<Incident::Severity, QLatin1String>, 6> severityNames{{
    {Incident::Severity::Unknown, QLatin1String("unknown")},
    {Incident::Severity::Informational, QLatin1String("informational")},
    {Incident::Severity::Low, QLatin1String("low")},
    {Incident::Severity::Medium, QLatin1String("medium")},
    {Incident::Severity::High, QLatin1String("high")},
    {Incident::Severity::Critical, QLatin1String("critical")},
}};

const std::array<std::pair<Incident::State, QLatin1String>, 5> stateNames{{
    {Incident::State::Unknown, QLatin1String("unknown")},
    {Incident::State::New, QLatin1String("new")},
    {Incident::State::InProgress, QLatin1String("in_progress")},
    {Incident::State::Resolved, QLatin1String("resolved")},
    {Incident::State::Suppressed, QLatin1String("suppressed")},
}};

QJsonValue stringOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Vendors give severities as numbers (OCSF severity_id, CrowdStrike 1-100) or words; keep the kind.
QJsonValue rawSeverity(const QString& text)
{
    bool ok = false;
    const qlonglong number = text.toLongLong(&ok);
    if (ok) {
        return QJsonValue(number);
    }
    return stringOrNull(text);
}

} // namespace

QString Incident::severityName(Severity severity)
{
    for (const auto& [value, name] : severityNames) {
        if (value == severity) {
            return name;
        }
    }
    return QStringLiteral("unknown");
}

Incident::Severity Incident::severityFromName(const QString& name)
{
    for (const auto& [value, candidate] : severityNames) {
        if (name.compare(candidate, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    if (name.compare(QLatin1String("info"), Qt::CaseInsensitive) == 0) {
        return Severity::Informational;
    }
    return Severity::Unknown;
}

QString Incident::stateName(State state)
{
    for (const auto& [value, name] : stateNames) {
        if (value == state) {
            return name;
        }
    }
    return QStringLiteral("unknown");
}

Incident::State Incident::stateFromName(const QString& name)
{
    for (const auto& [value, candidate] : stateNames) {
        if (name.compare(candidate, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return State::Unknown;
}

QString Incident::makeId(const QString& kind, const QString& instance, const QString& sourceId)
{
    return kind + u':' + instance + u':' + sourceId;
}

QJsonObject Incident::toJson() const
{
    QJsonObject source{
        {QStringLiteral("kind"), sourceKind},
        {QStringLiteral("instance"), stringOrNull(sourceInstance)},
        {QStringLiteral("vendor"), stringOrNull(sourceVendor)},
        {QStringLiteral("product"), stringOrNull(sourceProduct)},
    };
    if (!ocsfVersion.isEmpty()) {
        source.insert(QStringLiteral("ocsf_version"), ocsfVersion);
    }

    QJsonObject endpoint{
        {QStringLiteral("hostname"), stringOrNull(hostname)},
        {QStringLiteral("hostname_normalized"), stringOrNull(hostnameNormalized)},
        {QStringLiteral("source_endpoint_id"), stringOrNull(sourceEndpointId)},
        {QStringLiteral("os_family"), stringOrNull(osFamily)},
    };
    if (!ips.isEmpty()) {
        endpoint.insert(QStringLiteral("ips"), QJsonArray::fromStringList(ips));
    }

    QJsonObject userObject = user.toJson();
    userObject.insert(QStringLiteral("raw"), user.raw.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(user.raw));
    userObject.insert(QStringLiteral("raw_field"), stringOrNull(user.rawField));
    userObject.insert(QStringLiteral("is_machine_account"),
                      user.principalClass == EndpointIdentity::PrincipalClass::Machine);
    userObject.insert(QStringLiteral("matchable"), user.matchable());
    userObject.insert(QStringLiteral("reason"), stringOrNull(user.reason));
    if (!user.email.isEmpty()) {
        userObject.insert(QStringLiteral("email"), user.email);
    }
    if (!sourceUserId.isEmpty()) {
        userObject.insert(QStringLiteral("source_user_id"), sourceUserId);
    }
    if (!userHints.isEmpty()) {
        userObject.insert(QStringLiteral("hints"), userHints);
    }

    return QJsonObject{
        {QStringLiteral("schema"), QStringLiteral("console.incident/v1")},
        {QStringLiteral("id"), id},
        {QStringLiteral("source"), source},
        {QStringLiteral("source_id"), sourceId},
        {QStringLiteral("title"), title},
        {QStringLiteral("summary"), stringOrNull(summary)},
        {QStringLiteral("severity"), severityName(severity)},
        {QStringLiteral("severity_raw"), rawSeverity(severityRaw)},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("resolution"), stringOrNull(resolution)},
        {QStringLiteral("detected_at"), jsonTime(detectedAt)},
        {QStringLiteral("reported_at"), jsonTime(reportedAt)},
        {QStringLiteral("acknowledged_at"), jsonTime(acknowledgedAt)},
        {QStringLiteral("remediated_at"), jsonTime(remediatedAt)},
        {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("user"), userObject},
        {QStringLiteral("links"),
         QJsonObject{
             {QStringLiteral("console"), stringOrNull(consoleUrl)},
             {QStringLiteral("api"), stringOrNull(apiUrl)},
             {QStringLiteral("timeline"), stringOrNull(timelineUrl)},
         }},
    };
}

namespace
{

// A JSON string as QJsonDocument writes it: quote, backslash and control characters escaped, the rest as
// UTF-8. A string with a surrogate (rare, and where Qt escapes what does not pair) is left to Qt itself.
void appendString(QByteArray& out, QStringView text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    for (const QChar c : text) {
        if (c.isSurrogate()) {
            const QByteArray array = QJsonDocument(QJsonArray{text.toString()}).toJson(QJsonDocument::Compact);
            out.append(array.constData() + 1, array.size() - 2);
            return;
        }
    }
    // Written straight into room for the longest form (six bytes a character), then cut to what was written.
    const qsizetype start = out.size();
    out.resize(start + text.size() * 6 + 2);
    char* at = out.data() + start;
    *at++ = '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\') {
            *at++ = static_cast<char>(u);
        } else if (u >= 0x800) {
            *at++ = static_cast<char>(0xe0 | (u >> 12));
            *at++ = static_cast<char>(0x80 | ((u >> 6) & 0x3f));
            *at++ = static_cast<char>(0x80 | (u & 0x3f));
        } else if (u >= 0x80) {
            *at++ = static_cast<char>(0xc0 | (u >> 6));
            *at++ = static_cast<char>(0x80 | (u & 0x3f));
        } else {
            *at++ = '\\';
            switch (u) {
            case u'"':
                *at++ = '"';
                break;
            case u'\\':
                *at++ = '\\';
                break;
            case u'\b':
                *at++ = 'b';
                break;
            case u'\f':
                *at++ = 'f';
                break;
            case u'\n':
                *at++ = 'n';
                break;
            case u'\r':
                *at++ = 'r';
                break;
            case u'\t':
                *at++ = 't';
                break;
            default:
                *at++ = 'u';
                *at++ = '0';
                *at++ = '0';
                *at++ = Hex[u >> 4];
                *at++ = Hex[u & 0xf];
            }
        }
    }
    *at++ = '"';
    out.truncate(at - out.constData());
}

template <size_t N> void appendKey(QByteArray& out, const char (&key)[N], bool first = false)
{
    if (!first) {
        out.append(',');
    }
    out.append('"');
    out.append(key, qsizetype(N - 1));
    out.append("\":", 2);
}

void appendStringOrNull(QByteArray& out, const QString& text)
{
    if (text.isEmpty()) {
        out.append("null", 4);
    } else {
        appendString(out, text);
    }
}

void appendTime(QByteArray& out, const QDateTime& time)
{
    if (time.isValid()) {
        out.append('"');
        if (appendUtcTime(out, time.toMSecsSinceEpoch())) {
            out.append('"');
            return;
        }
        out.chop(1);
    }
    const QJsonValue value = jsonTime(time);
    if (value.isNull()) {
        out.append("null", 4);
    } else {
        appendString(out, value.toString());
    }
}

void appendBool(QByteArray& out, bool value)
{
    out.append(value ? QByteArrayView("true") : QByteArrayView("false"));
}

} // namespace

// The keys in the order QJsonObject keeps them (sorted), so that the bytes match toJson()'s exactly: the
// store tells an unchanged incident by comparing them with what it holds.
void Incident::appendJson(QByteArray& out) const
{
    out.append('{');
    appendKey(out, "acknowledged_at", true);
    appendTime(out, acknowledgedAt);
    appendKey(out, "detected_at");
    appendTime(out, detectedAt);

    appendKey(out, "endpoint");
    out.append('{');
    appendKey(out, "hostname", true);
    appendStringOrNull(out, hostname);
    appendKey(out, "hostname_normalized");
    appendStringOrNull(out, hostnameNormalized);
    if (!ips.isEmpty()) {
        appendKey(out, "ips");
        out.append('[');
        for (qsizetype i = 0; i < ips.size(); ++i) {
            if (i > 0) {
                out.append(',');
            }
            appendString(out, ips.at(i));
        }
        out.append(']');
    }
    appendKey(out, "os_family");
    appendStringOrNull(out, osFamily);
    appendKey(out, "source_endpoint_id");
    appendStringOrNull(out, sourceEndpointId);
    out.append('}');

    appendKey(out, "id");
    appendString(out, id);
    appendKey(out, "links");
    out.append('{');
    appendKey(out, "api", true);
    appendStringOrNull(out, apiUrl);
    appendKey(out, "console");
    appendStringOrNull(out, consoleUrl);
    appendKey(out, "timeline");
    appendStringOrNull(out, timelineUrl);
    out.append('}');

    appendKey(out, "remediated_at");
    appendTime(out, remediatedAt);
    appendKey(out, "reported_at");
    appendTime(out, reportedAt);
    appendKey(out, "resolution");
    appendStringOrNull(out, resolution);
    appendKey(out, "schema");
    out.append("\"console.incident/v1\"");
    appendKey(out, "severity");
    appendString(out, severityName(severity));
    appendKey(out, "severity_raw");
    bool numeric = false;
    const qlonglong number = severityRaw.toLongLong(&numeric);
    if (numeric) {
        out.append(QByteArray::number(number));
    } else {
        appendStringOrNull(out, severityRaw);
    }

    appendKey(out, "source");
    out.append('{');
    appendKey(out, "instance", true);
    appendStringOrNull(out, sourceInstance);
    appendKey(out, "kind");
    appendString(out, sourceKind);
    if (!ocsfVersion.isEmpty()) {
        appendKey(out, "ocsf_version");
        appendString(out, ocsfVersion);
    }
    appendKey(out, "product");
    appendStringOrNull(out, sourceProduct);
    appendKey(out, "vendor");
    appendStringOrNull(out, sourceVendor);
    out.append('}');

    appendKey(out, "source_id");
    appendString(out, sourceId);
    appendKey(out, "state");
    appendString(out, stateName(state));
    appendKey(out, "summary");
    appendStringOrNull(out, summary);
    appendKey(out, "title");
    appendString(out, title);

    appendKey(out, "user");
    out.append('{');
    appendKey(out, "domain", true);
    appendStringOrNull(out, user.domain);
    if (!user.email.isEmpty()) {
        appendKey(out, "email");
        appendString(out, user.email);
    }
    appendKey(out, "form");
    appendString(out, EndpointIdentity::formName(user.form));
    if (!userHints.isEmpty()) {
        appendKey(out, "hints");
        out.append(QJsonDocument(userHints).toJson(QJsonDocument::Compact));
    }
    appendKey(out, "is_machine_account");
    appendBool(out, user.principalClass == EndpointIdentity::PrincipalClass::Machine);
    appendKey(out, "match_policy");
    appendString(out, EndpointIdentity::matchPolicyName(user.matchPolicy));
    appendKey(out, "matchable");
    appendBool(out, user.matchable());
    appendKey(out, "principal_class");
    appendString(out, EndpointIdentity::principalClassName(user.principalClass));
    appendKey(out, "raw");
    if (user.raw.isNull()) {
        out.append("null", 4);
    } else {
        appendString(out, user.raw);
    }
    appendKey(out, "raw_field");
    appendStringOrNull(out, user.rawField);
    appendKey(out, "reason");
    appendStringOrNull(out, user.reason);
    appendKey(out, "sid");
    appendStringOrNull(out, user.sid);
    if (!sourceUserId.isEmpty()) {
        appendKey(out, "source_user_id");
        appendString(out, sourceUserId);
    }
    appendKey(out, "upn");
    appendStringOrNull(out, user.upn);
    appendKey(out, "username");
    appendStringOrNull(out, user.username);
    out.append("}}", 2);
}

std::optional<Incident> Incident::fromJson(const QJsonObject& object, QString* error)
{
    Incident incident;
    const QJsonObject source = object.value(QLatin1String("source")).toObject();
    incident.sourceKind = feedvalues::text(source.value(QLatin1String("kind")));
    incident.sourceInstance = feedvalues::text(source.value(QLatin1String("instance")));
    incident.sourceVendor = feedvalues::text(source.value(QLatin1String("vendor")));
    incident.sourceProduct = feedvalues::text(source.value(QLatin1String("product")));
    incident.ocsfVersion = feedvalues::text(source.value(QLatin1String("ocsf_version")));
    incident.sourceId = feedvalues::text(object.value(QLatin1String("source_id")));
    incident.id = feedvalues::text(object.value(QLatin1String("id")));
    if (incident.id.isEmpty()) {
        if (incident.sourceKind.isEmpty() || incident.sourceId.isEmpty()) {
            if (error) {
                *error = QStringLiteral("no id, and no source.kind and source_id to build one from");
            }
            return std::nullopt;
        }
        incident.id = makeId(incident.sourceKind, incident.sourceInstance, incident.sourceId);
    }
    incident.title = feedvalues::text(object.value(QLatin1String("title")));
    incident.summary = feedvalues::text(object.value(QLatin1String("summary")));
    incident.severity = severityFromName(feedvalues::text(object.value(QLatin1String("severity"))));
    incident.severityRaw = feedvalues::text(object.value(QLatin1String("severity_raw")));
    incident.state = stateFromName(feedvalues::text(object.value(QLatin1String("state"))));
    incident.resolution = feedvalues::text(object.value(QLatin1String("resolution")));
    incident.detectedAt = feedvalues::time(object.value(QLatin1String("detected_at")));
    incident.reportedAt = feedvalues::time(object.value(QLatin1String("reported_at")));
    incident.acknowledgedAt = feedvalues::time(object.value(QLatin1String("acknowledged_at")));
    incident.remediatedAt = feedvalues::time(object.value(QLatin1String("remediated_at")));

    const QJsonObject endpoint = object.value(QLatin1String("endpoint")).toObject();
    incident.hostname = feedvalues::text(endpoint.value(QLatin1String("hostname")));
    incident.hostnameNormalized = feedvalues::text(endpoint.value(QLatin1String("hostname_normalized")));
    incident.sourceEndpointId = feedvalues::text(endpoint.value(QLatin1String("source_endpoint_id")));
    incident.osFamily = feedvalues::text(endpoint.value(QLatin1String("os_family")));
    for (const QJsonValue& ip : endpoint.value(QLatin1String("ips")).toArray()) {
        incident.ips.append(ip.toString());
    }

    const QJsonValue userValue = object.value(QLatin1String("user"));
    const QJsonObject user = userValue.toObject();
    // A producer may send the user as a bare string.
    incident.user.raw =
        userValue.isString() ? userValue.toString() : feedvalues::text(user.value(QLatin1String("raw")));
    incident.user.rawField = feedvalues::text(user.value(QLatin1String("raw_field")));
    incident.user.form = EndpointIdentity::formFromName(feedvalues::text(user.value(QLatin1String("form"))));
    incident.user.domain = feedvalues::text(user.value(QLatin1String("domain")));
    incident.user.username = feedvalues::text(user.value(QLatin1String("username")));
    incident.user.upn = feedvalues::text(user.value(QLatin1String("upn")));
    incident.user.sid = feedvalues::text(user.value(QLatin1String("sid")));
    incident.user.email = feedvalues::text(user.value(QLatin1String("email")));
    incident.user.principalClass =
        EndpointIdentity::principalClassFromName(feedvalues::text(user.value(QLatin1String("principal_class"))));
    incident.user.matchPolicy =
        EndpointIdentity::matchPolicyFromName(feedvalues::text(user.value(QLatin1String("match_policy"))));
    incident.user.reason = feedvalues::text(user.value(QLatin1String("reason")));
    incident.sourceUserId = feedvalues::text(user.value(QLatin1String("source_user_id")));
    incident.userHints = user.value(QLatin1String("hints")).toObject();

    const QJsonObject links = object.value(QLatin1String("links")).toObject();
    incident.consoleUrl = feedvalues::text(links.value(QLatin1String("console")));
    incident.apiUrl = feedvalues::text(links.value(QLatin1String("api")));
    incident.timelineUrl = feedvalues::text(links.value(QLatin1String("timeline")));
    return incident;
}

} // namespace cordon::core
