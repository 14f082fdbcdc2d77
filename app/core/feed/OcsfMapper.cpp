#include "feed/OcsfMapper.h"

#include "identity/IdentityParser.h"

#include <QJsonArray>

#include <tuple>

namespace cordon::core
{

namespace
{

using feedvalues::text;
using feedvalues::time;

constexpr int detectionFindingClass = 2004;
constexpr int securityFindingClass = 2001;

Incident::Severity severityFromId(int id)
{
    switch (id) {
    case 1:
        return Incident::Severity::Informational;
    case 2:
        return Incident::Severity::Low;
    case 3:
        return Incident::Severity::Medium;
    case 4:
        return Incident::Severity::High;
    case 5:
    case 6: // Fatal
        return Incident::Severity::Critical;
    default:
        return Incident::Severity::Unknown;
    }
}

Incident::State stateFromStatusId(int id)
{
    switch (id) {
    case 1:
        return Incident::State::New;
    case 2:
        return Incident::State::InProgress;
    case 3:
        return Incident::State::Suppressed;
    case 4:
    case 5: // Archived
        return Incident::State::Resolved;
    case 6: // Deleted
        return Incident::State::Suppressed;
    default:
        return Incident::State::Unknown;
    }
}

QString resolutionFromVerdict(int verdictId)
{
    switch (verdictId) {
    case 1:
        return QStringLiteral("false_positive");
    case 5:
        return QStringLiteral("benign");
    case 6:
        return QStringLiteral("authorized_testing");
    case 10:
        return QStringLiteral("duplicate");
    default:
        return QString();
    }
}

QString osFamilyFromTypeId(int typeId)
{
    if (typeId >= 100 && typeId < 200) {
        return QStringLiteral("windows");
    }
    switch (typeId) {
    case 200:
        return QStringLiteral("linux");
    case 201:
        return QStringLiteral("android");
    case 300:
        return QStringLiteral("macos");
    case 301:
    case 302:
        return QStringLiteral("ios");
    default:
        return QString();
    }
}

// `*_time` (epoch ms) wins over the datetime profile's `*_time_dt` twin.
template <class Object> QDateTime timeField(const Object& object, QLatin1String name, QLatin1String twin)
{
    const QDateTime value = time(object.value(name));
    if (value.isValid()) {
        return value;
    }
    return time(object.value(twin));
}

template <class Value> int intOf(const Value& value, int fallback = -1)
{
    if (value.isDouble()) {
        return value.toInt(fallback);
    }
    bool ok = false;
    const int number = value.toString().toInt(&ok);
    return ok ? number : fallback;
}

template <class Object> bool isNonPersonType(const Object& user)
{
    const int typeId = intOf(user.value(QLatin1String("type_id")));
    return typeId == 3 || typeId == 4;
}

} // namespace

OcsfMapper::OcsfMapper(const FeedContext& context, feedvalues::StringPool& pool) : m_context(context), m_pool(pool) {}

QString OcsfMapper::pooledText(const QJsonValue& value) const
{
    return m_pool.intern(text(value));
}

QString OcsfMapper::pooledText(const JsonView& value) const
{
    const QLatin1String plain = value.plainText();
    return plain.isNull() ? m_pool.intern(text(value)) : m_pool.intern(plain);
}

std::pair<QString, QString> OcsfMapper::pooledWith(const QJsonValue& value, feedvalues::StringPool::Derive derive) const
{
    return m_pool.internWith(text(value), derive);
}

std::pair<QString, QString> OcsfMapper::pooledWith(const JsonView& value, feedvalues::StringPool::Derive derive) const
{
    const QLatin1String plain = value.plainText();
    return plain.isNull() ? m_pool.internWith(text(value), derive) : m_pool.internWith(plain, derive);
}

bool OcsfMapper::looksLikeOcsf(const QJsonObject& record)
{
    return record.contains(QLatin1String("class_uid"));
}

bool OcsfMapper::looksLikeOcsf(const JsonObjectView& record)
{
    return record.contains(QLatin1String("class_uid"));
}

std::optional<Incident> OcsfMapper::map(const QJsonObject& record, QString* error) const
{
    return mapRecord(record, error);
}

std::optional<Incident> OcsfMapper::map(const JsonObjectView& record, QString* error) const
{
    return mapRecord(record, error);
}

template <class Object> std::optional<Incident> OcsfMapper::mapRecord(const Object& record, QString* error) const
{
    const int classUid = intOf(record.value(QLatin1String("class_uid")));
    if (classUid != detectionFindingClass && classUid != securityFindingClass) {
        *error = QStringLiteral("class_uid %1 is not a Detection Finding (2004); skipped").arg(classUid);
        return std::nullopt;
    }
    const bool legacy = classUid == securityFindingClass;
    auto finding = record.value(QLatin1String("finding_info")).toObject();
    if (finding.isEmpty() && legacy) {
        finding = record.value(QLatin1String("finding")).toObject();
    }
    Incident incident;
    incident.sourceId = text(finding.value(QLatin1String("uid")));
    if (incident.sourceId.isEmpty()) {
        *error = QStringLiteral("finding_info.uid is missing");
        return std::nullopt;
    }

    const auto metadata = record.value(QLatin1String("metadata")).toObject();
    const auto product = metadata.value(QLatin1String("product")).toObject();
    incident.sourceKind = QStringLiteral("ocsf");
    incident.sourceInstance = m_context.instance;
    // The instance, when the feed names none, is the vendor's slug, or else the product's.
    const auto [vendor, vendorSlug] = pooledWith(product.value(QLatin1String("vendor_name")), feedvalues::slug);
    const auto [productName, productSlug] = pooledWith(product.value(QLatin1String("name")), feedvalues::slug);
    incident.sourceVendor = vendor;
    incident.sourceProduct = productName;
    incident.ocsfVersion = pooledText(metadata.value(QLatin1String("version")));
    QString instance = m_context.instance;
    if (instance.isEmpty()) {
        instance = vendor.isEmpty() ? productSlug : vendorSlug;
    }
    incident.id = Incident::makeId(incident.sourceKind, instance, incident.sourceId);

    // Titles and descriptions repeat across a feed's findings (one per detection rule).
    incident.title = pooledText(finding.value(QLatin1String("title")));
    if (incident.title.isEmpty()) {
        incident.title = pooledText(record.value(QLatin1String("message")));
    }
    incident.summary = pooledText(finding.value(QLatin1String("desc")));

    const auto severityId = record.value(QLatin1String("severity_id"));
    if (severityId.isUndefined() || severityId.isNull()) {
        incident.severity = Incident::severityFromName(text(record.value(QLatin1String("severity"))));
        incident.severityRaw = pooledText(record.value(QLatin1String("severity")));
    } else {
        incident.severity = severityFromId(intOf(severityId));
        incident.severityRaw = pooledText(severityId);
    }

    const int statusId =
        intOf(record.value(legacy && !record.contains(QLatin1String("status_id")) ? QLatin1String("state_id")
                                                                                  : QLatin1String("status_id")),
              0);
    incident.state = stateFromStatusId(statusId);
    const QDateTime eventTime = timeField(record, QLatin1String("time"), QLatin1String("time_dt"));
    const QDateTime created = timeField(finding, QLatin1String("created_time"), QLatin1String("created_time_dt"));
    const QDateTime firstSeen =
        timeField(finding, QLatin1String("first_seen_time"), QLatin1String("first_seen_time_dt"));
    const QDateTime modified = timeField(finding, QLatin1String("modified_time"), QLatin1String("modified_time_dt"));
    incident.detectedAt = firstSeen.isValid() ? firstSeen : (created.isValid() ? created : eventTime);
    incident.reportedAt = created.isValid() ? created : eventTime;

    const QString closeReason =
        text(record.value(QLatin1String("unmapped")).toObject().value(QLatin1String("vendor_close_reason")));
    if (incident.state == Incident::State::Resolved) {
        incident.resolution = closeReason.isEmpty() ? QStringLiteral("resolved") : closeReason;
        // OCSF has no remediation time; the last change of a resolved finding comes closest.
        incident.remediatedAt = modified.isValid() ? modified : eventTime;
    } else if (incident.state == Incident::State::Suppressed) {
        incident.resolution = closeReason;
        if (incident.resolution.isEmpty()) {
            incident.resolution = resolutionFromVerdict(intOf(record.value(QLatin1String("verdict_id"))));
        }
    }
    incident.resolution = m_pool.intern(incident.resolution);

    const auto device = record.value(QLatin1String("device")).toObject();
    // Hosts and users recur across a feed's findings: each value is held once, not once per incident.
    std::tie(incident.hostname, incident.hostnameNormalized) =
        pooledWith(device.value(QLatin1String("hostname")), IdentityParser::shortHostname);
    if (incident.hostname.isEmpty()) {
        std::tie(incident.hostname, incident.hostnameNormalized) =
            pooledWith(device.value(QLatin1String("name")), IdentityParser::shortHostname);
    }
    incident.sourceEndpointId = text(device.value(QLatin1String("uid")));
    const auto os = device.value(QLatin1String("os")).toObject();
    incident.osFamily = osFamilyFromTypeId(intOf(os.value(QLatin1String("type_id"))));
    if (incident.osFamily.isEmpty()) {
        incident.osFamily = feedvalues::osFamilyFromName(text(os.value(QLatin1String("name"))));
    }
    const auto ip = device.value(QLatin1String("ip"));
    if (ip.isString() && !ip.toString().isEmpty()) {
        incident.ips.append(ip.toString());
    }
    incident.consoleUrl = text(finding.value(QLatin1String("src_url")));

    mapUser(record, incident);
    return incident;
}

QJsonObject OcsfMapper::userHints(std::optional<int> userType, std::optional<int> accountType) const
{
    const std::pair key(userType, accountType);
    if (const auto known = m_userHints.find(key); known != m_userHints.end()) {
        return known->second;
    }
    QJsonObject hints;
    if (userType) {
        hints.insert(QStringLiteral("ocsf_user_type_id"), *userType);
    }
    if (accountType) {
        hints.insert(QStringLiteral("ocsf_account_type_id"), *accountType);
    }
    // A feed of odd ids cannot grow the cache without end: past a few dozen pairs each is built anew.
    constexpr size_t MaxKept = 64;
    if (m_userHints.size() < MaxKept) {
        m_userHints.emplace(key, hints);
    }
    return hints;
}

template <class Object> void OcsfMapper::mapUser(const Object& record, Incident& incident) const
{
    auto user = record.value(QLatin1String("actor")).toObject().value(QLatin1String("user")).toObject();
    QString field = QStringLiteral("actor.user");
    if (user.isEmpty()) {
        // The first evidence user that is a person; failing that, the first at all.
        const auto evidences = record.value(QLatin1String("evidences")).toArray();
        for (const auto& evidence : evidences) {
            const auto candidate = evidence.toObject().value(QLatin1String("user")).toObject();
            if (candidate.isEmpty()) {
                continue;
            }
            if (user.isEmpty() || (isNonPersonType(user) && !isNonPersonType(candidate))) {
                user = candidate;
            }
            if (!isNonPersonType(user)) {
                break;
            }
        }
        field = QStringLiteral("evidences.user");
    }
    if (user.isEmpty()) {
        user = record.value(QLatin1String("device")).toObject().value(QLatin1String("owner")).toObject();
        field = QStringLiteral("device.owner");
    }
    if (user.isEmpty()) {
        IdentityContext context;
        context.hostname = incident.hostname;
        incident.user = IdentityParser::parse(QString(), context);
        return;
    }

    const QString name = text(user.value(QLatin1String("name")));
    const QString domain = text(user.value(QLatin1String("domain")));
    const QString uid = text(user.value(QLatin1String("uid")));
    const QString email = text(user.value(QLatin1String("email_addr")));
    // Producers put DOMAIN\user or a UPN into name and may leave domain empty; rebuild the
    // down-level form only from a plain name.
    QString raw;
    if (!name.isEmpty() && !domain.isEmpty() && !name.contains(u'\\') && !name.contains(u'@')) {
        raw = domain + u'\\' + name;
    } else if (!name.isEmpty()) {
        raw = name;
    } else if (feedvalues::looksLikeSid(uid)) {
        raw = uid;
    } else {
        raw = email;
    }

    IdentityContext context;
    context.hostname = incident.hostname;
    context.rawField = field;
    context.serviceAccountPatterns = m_context.serviceAccountPatterns;
    if (feedvalues::looksLikeSid(uid)) {
        context.sid = uid;
    }
    const auto typeId = user.value(QLatin1String("type_id"));
    const auto accountType = user.value(QLatin1String("account")).toObject().value(QLatin1String("type_id"));
    context.vendorHints = userHints(typeId.isUndefined() ? std::nullopt : std::optional<int>(intOf(typeId)),
                                    accountType.isUndefined() ? std::nullopt : std::optional<int>(intOf(accountType)));
    incident.user = IdentityParser::parse(raw, context);
    for (QString* value : {&incident.user.raw, &incident.user.domain, &incident.user.username}) {
        *value = m_pool.intern(*value);
    }
    incident.user.email = email;
}

} // namespace cordon::core
