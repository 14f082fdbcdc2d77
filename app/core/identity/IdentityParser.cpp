#include "identity/IdentityParser.h"

#include "base/Logging.h"

#include <QHash>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace cordon::core
{

namespace
{

using Form = EndpointIdentity::Form;
using PrincipalClass = EndpointIdentity::PrincipalClass;
using MatchPolicy = EndpointIdentity::MatchPolicy;

// Case-insensitive, code unit by code unit: text of another length is never equal, and is not compared.
bool equalsAny(QStringView text, std::initializer_list<QLatin1String> names)
{
    for (const QLatin1String& name : names) {
        if (text.size() == name.size() && text.compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

// Authorities whose every principal is a Windows system identity; German and French localise the first two.
bool isWellKnownAuthority(QStringView domain)
{
    return equalsAny(domain,
                     {QLatin1String("NT AUTHORITY"), QLatin1String("NT SERVICE"), QLatin1String("Window Manager"),
                      QLatin1String("Font Driver Host"), QLatin1String("IIS APPPOOL"),
                      QLatin1String("NT VIRTUAL MACHINE"), QLatin1String("BUILTIN"), QLatin1String("NT-AUTORITÄT"),
                      QLatin1String("AUTORITE NT"), QLatin1String("VORDEFINIERT")});
}

// Shared accounts every Windows domain and machine has (RIDs 500-504).
bool isBuiltInAccount(QStringView name)
{
    return equalsAny(name, {QLatin1String("Administrator"), QLatin1String("Guest"), QLatin1String("krbtgt"),
                            QLatin1String("DefaultAccount"), QLatin1String("WDAGUtilityAccount")});
}

bool isSystemName(QStringView name)
{
    if (name.startsWith(u'_')) {
        return true; // macOS service accounts: _spotlight, _www, ...
    }
    // Only a name with one of the prefixes can match; most names are turned away before the expression runs.
    static const QRegularExpression sessionAccount(QStringLiteral("^(DWM|UMFD)-\\d+$"),
                                                   QRegularExpression::CaseInsensitiveOption);
    if ((name.startsWith(QLatin1String("DWM-"), Qt::CaseInsensitive) ||
         name.startsWith(QLatin1String("UMFD-"), Qt::CaseInsensitive)) &&
        sessionAccount.match(name).hasMatch()) {
        return true;
    }
    return equalsAny(name, {QLatin1String("root"), QLatin1String("nobody"), QLatin1String("daemon"),
                            QLatin1String("bin"), QLatin1String("sys"), QLatin1String("www-data"),
                            QLatin1String("SYSTEM"), QLatin1String("LocalSystem"), QLatin1String("LOCAL SERVICE"),
                            QLatin1String("NETWORK SERVICE"), QLatin1String("ANONYMOUS LOGON")});
}

bool isEmptyMarker(QStringView text)
{
    return text.isEmpty() || equalsAny(text, {QLatin1String("-"), QLatin1String("N/A"), QLatin1String("null"),
                                              QLatin1String("none"), QLatin1String("(null)")});
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// S-1-, then two or more groups of digits joined by '-'. Plain ASCII, the common case, is checked by hand;
// other text goes to the expression, whose \d takes any decimal digit.
bool isSid(QStringView text)
{
    if (isAscii(text) && !text.endsWith(u'\n')) { // the expression's $ also matches before a final newline
        if (text.size() < 7 || !text.startsWith(QLatin1String("S-1-"), Qt::CaseInsensitive)) {
            return false;
        }
        qsizetype groups = 0;
        qsizetype i = 4;
        while (i < text.size()) {
            const qsizetype start = i;
            while (i < text.size() && isAsciiDigit(text.at(i))) {
                ++i;
            }
            if (i == start) {
                return false;
            }
            ++groups;
            if (i < text.size()) {
                if (text.at(i) != u'-') {
                    return false;
                }
                ++i;
                if (i == text.size()) {
                    return false;
                }
            }
        }
        return groups >= 2;
    }
    static const QRegularExpression pattern(QStringLiteral("^S-1-\\d+(-\\d+)+$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

struct Classification
{
    PrincipalClass principalClass;
    MatchPolicy policy;
    QString reason;
};

Classification classifySid(const QString& sid)
{
    if (sid == QLatin1String("S-1-5-18")) {
        return {PrincipalClass::System, MatchPolicy::Never, QStringLiteral("well-known SID: LocalSystem")};
    }
    if (sid == QLatin1String("S-1-5-19")) {
        return {PrincipalClass::System, MatchPolicy::Never, QStringLiteral("well-known SID: Local Service")};
    }
    if (sid == QLatin1String("S-1-5-20")) {
        return {PrincipalClass::System, MatchPolicy::Never, QStringLiteral("well-known SID: Network Service")};
    }
    for (const char* prefix : {"S-1-5-80-", "S-1-5-82-", "S-1-5-83-", "S-1-5-90-", "S-1-5-96-", "S-1-5-32-"}) {
        if (sid.startsWith(QLatin1String(prefix))) {
            return {PrincipalClass::System, MatchPolicy::Never,
                    QStringLiteral("virtual or built-in account SID (%1…)").arg(QLatin1String(prefix))};
        }
    }
    if (sid.startsWith(QLatin1String("S-1-12-1-"))) {
        return {PrincipalClass::HumanCandidate, MatchPolicy::Never,
                QStringLiteral("Entra ID user SID; not matchable against AD objectSid")};
    }
    if (sid.startsWith(QLatin1String("S-1-5-21-"))) {
        // S, 1, 5, 21, three domain sub-authorities, then the RID: seven dashes at least.
        if (sid.count(u'-') >= 7) {
            bool ok = false;
            const qulonglong rid = QStringView(sid).mid(sid.lastIndexOf(u'-') + 1).toULongLong(&ok);
            if (ok && rid >= 500 && rid <= 504) {
                return {PrincipalClass::Service, MatchPolicy::Never,
                        QStringLiteral("built-in account SID (RID %1)").arg(rid)};
            }
            if (ok && rid < 1000) {
                return {PrincipalClass::Service, MatchPolicy::Never,
                        QStringLiteral("well-known domain SID (RID %1)").arg(rid)};
            }
            if (ok) {
                return {PrincipalClass::HumanCandidate, MatchPolicy::Auto,
                        QStringLiteral("account SID; domain vs local unknown from SID alone")};
            }
        }
    }
    return {PrincipalClass::System, MatchPolicy::Never, QStringLiteral("well-known SID")};
}

bool hintIsTrue(const QJsonObject& hints, QLatin1String key)
{
    const QJsonValue value = hints.value(key);
    return value.toBool() || value.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

int hintInt(const QJsonObject& hints, QLatin1String key)
{
    const QJsonValue value = hints.value(key);
    return value.isString() ? value.toString().toInt() : value.toInt();
}

void setClass(EndpointIdentity& identity, PrincipalClass principalClass, MatchPolicy policy, QString reason)
{
    identity.principalClass = principalClass;
    identity.matchPolicy = policy;
    identity.reason = std::move(reason);
}

// A hostname's first DNS label as written: surrounding spaces and trailing dots dropped, case kept.
QStringView firstLabel(QStringView hostname)
{
    QStringView name = hostname.trimmed();
    while (name.endsWith(u'.')) {
        name.chop(1);
    }
    const qsizetype dot = name.indexOf(u'.');
    return dot < 0 ? name : name.left(dot);
}

// Whether a down-level domain is the endpoint's own name: its short hostname, in any case. Plain ASCII is
// compared in place; other text through shortHostname, whose lower-casing it must agree with.
bool namesHost(QStringView domain, const QString& hostname)
{
    if (hostname.isEmpty()) {
        return false;
    }
    if (!isAscii(domain) || !isAscii(hostname)) {
        return domain.compare(IdentityParser::shortHostname(hostname), Qt::CaseInsensitive) == 0;
    }
    return domain.compare(firstLabel(hostname), Qt::CaseInsensitive) == 0;
}

void classifyDownLevel(EndpointIdentity& identity, const IdentityContext& context)
{
    const QString& domain = identity.domain;
    const QString& user = identity.username;
    if (isWellKnownAuthority(domain)) {
        setClass(identity, PrincipalClass::System, MatchPolicy::Never,
                 QStringLiteral("well-known authority '%1'").arg(domain));
    } else if (user.compare(QLatin1String("LocalSystem"), Qt::CaseInsensitive) == 0) {
        setClass(identity, PrincipalClass::System, MatchPolicy::Never, QStringLiteral("LocalSystem account"));
    } else if (isBuiltInAccount(user)) {
        setClass(identity, PrincipalClass::Service, MatchPolicy::Never,
                 QStringLiteral("built-in account '%1'").arg(user));
    } else if (user.endsWith(u'$')) {
        setClass(identity, PrincipalClass::Machine, MatchPolicy::Never, QStringLiteral("computer account"));
    } else if (domain == QLatin1String(".") || namesHost(domain, context.hostname)) {
        setClass(identity, PrincipalClass::LocalAccount, MatchPolicy::Never,
                 QStringLiteral("MACHINE\\user local account"));
    } else if (domain.compare(QLatin1String("AzureAD"), Qt::CaseInsensitive) == 0) {
        setClass(identity, PrincipalClass::EntraName, MatchPolicy::Suggest,
                 QStringLiteral("AzureAD\\<name>: not a UPN; low-confidence match only"));
    } else if (isSystemName(user)) {
        setClass(identity, PrincipalClass::System, MatchPolicy::Never,
                 QStringLiteral("well-known system / service name"));
    } else {
        setClass(identity, PrincipalClass::HumanCandidate, MatchPolicy::Auto, QStringLiteral("NetBIOS domain account"));
    }
}

void classifyUpn(EndpointIdentity& identity)
{
    if (identity.username.endsWith(u'$')) {
        setClass(identity, PrincipalClass::Machine, MatchPolicy::Never, QStringLiteral("computer account"));
    } else if (isBuiltInAccount(identity.username)) {
        setClass(identity, PrincipalClass::Service, MatchPolicy::Never,
                 QStringLiteral("built-in account '%1'").arg(identity.username));
    } else {
        setClass(identity, PrincipalClass::HumanCandidate, MatchPolicy::Auto, QStringLiteral("UPN / email-like"));
    }
}

void classifyBare(EndpointIdentity& identity)
{
    const QString& user = identity.username;
    if (user.endsWith(u'$')) {
        setClass(identity, PrincipalClass::Machine, MatchPolicy::Never, QStringLiteral("computer account"));
    } else if (isBuiltInAccount(user)) {
        setClass(identity, PrincipalClass::Service, MatchPolicy::Never,
                 QStringLiteral("built-in account '%1'").arg(user));
    } else if (isSystemName(user)) {
        setClass(identity, PrincipalClass::System, MatchPolicy::Never,
                 QStringLiteral("well-known system / service name"));
    } else {
        setClass(identity, PrincipalClass::HumanCandidate, MatchPolicy::Suggest,
                 QStringLiteral("short name without a domain; low-confidence match only"));
    }
}

// A vendor saying "not a person" wins over the string; it never makes a person out of a system name.
void applyVendorHints(EndpointIdentity& identity, const QJsonObject& hints)
{
    if (hints.isEmpty()) {
        return;
    }
    if (hintIsTrue(hints, QLatin1String("system_account"))) {
        const bool keep =
            identity.principalClass == PrincipalClass::Machine || identity.principalClass == PrincipalClass::System;
        setClass(identity, keep ? identity.principalClass : PrincipalClass::System, MatchPolicy::Never,
                 QStringLiteral("vendor flag system_account"));
        return;
    }
    const bool person = identity.principalClass == PrincipalClass::HumanCandidate ||
                        identity.principalClass == PrincipalClass::EntraName;
    if (!person) {
        return;
    }
    const int userType = hintInt(hints, QLatin1String("ocsf_user_type_id"));
    if (userType == 3) {
        setClass(identity, PrincipalClass::System, MatchPolicy::Never, QStringLiteral("OCSF user type System"));
        return;
    }
    if (userType == 4) {
        setClass(identity, PrincipalClass::Service, MatchPolicy::Never, QStringLiteral("OCSF user type Service"));
        return;
    }
    // A local short name on a Mac or Linux laptop is often its owner's: suggest only. A Windows
    // MACHINE\user is a local account that no directory user stands behind.
    const MatchPolicy localPolicy = identity.form == Form::Bare ? MatchPolicy::Suggest : MatchPolicy::Never;
    if (hintIsTrue(hints, QLatin1String("local_account"))) {
        setClass(identity, PrincipalClass::LocalAccount, localPolicy, QStringLiteral("vendor flag local_account"));
        return;
    }
    const int accountType = hintInt(hints, QLatin1String("ocsf_account_type_id"));
    if (accountType == 7 || accountType == 9) {
        setClass(identity, PrincipalClass::LocalAccount, localPolicy,
                 QStringLiteral("OCSF account type Mac OS / Linux"));
    }
}

QRegularExpression compiledPattern(const QString& pattern)
{
    // Feeds parse many records with the same few patterns; compile each once per thread.
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.constFind(pattern);
    if (it == cache.constEnd()) {
        QRegularExpression expression(pattern, QRegularExpression::CaseInsensitiveOption);
        if (!expression.isValid()) {
            qCWarning(lcIdentity) << "ignoring invalid service-account pattern" << pattern << expression.errorString();
        }
        it = cache.insert(pattern, expression);
    }
    return *it;
}

void applyServicePatterns(EndpointIdentity& identity, const QStringList& patterns)
{
    if (!identity.matchable()) {
        return;
    }
    for (const QString& pattern : patterns) {
        const QRegularExpression expression = compiledPattern(pattern);
        if (!expression.isValid()) {
            continue;
        }
        for (const QString* text : {&identity.username, &identity.upn, &identity.raw}) {
            if (!text->isEmpty() && expression.match(*text).hasMatch()) {
                setClass(identity, PrincipalClass::Service, MatchPolicy::Never,
                         QStringLiteral("matches the service-account pattern '%1'").arg(pattern));
                return;
            }
        }
    }
}

void applySidHint(EndpointIdentity& identity, const QString& sidHint)
{
    if (sidHint.isEmpty()) {
        return;
    }
    const QString sid = sidHint.trimmed().toUpper();
    if (!isSid(sid)) {
        return;
    }
    if (identity.sid.isEmpty()) {
        identity.sid = sid;
    }
    if (!identity.matchable()) {
        return;
    }
    const Classification bySid = classifySid(sid);
    if (bySid.principalClass != PrincipalClass::HumanCandidate) {
        setClass(identity, bySid.principalClass, MatchPolicy::Never, bySid.reason);
    }
}

} // namespace

QString IdentityParser::shortHostname(const QString& hostname)
{
    // Lower-casing changes no space or dot, so the label is found first and only it is lower-cased.
    return firstLabel(hostname).toString().toLower();
}

EndpointIdentity IdentityParser::parse(const QString& raw, const IdentityContext& context)
{
    EndpointIdentity identity;
    identity.raw = raw;
    identity.rawField = context.rawField;
    const QString text = raw.trimmed();

    if (isEmptyMarker(text)) {
        identity.form = Form::Unknown;
        setClass(identity, PrincipalClass::Unknown, MatchPolicy::Never, QStringLiteral("empty"));
        applySidHint(identity, context.sid);
        return identity;
    }

    if (isSid(text)) {
        identity.form = Form::Sid;
        identity.sid = text.toUpper();
        const Classification bySid = classifySid(identity.sid);
        setClass(identity, bySid.principalClass, bySid.policy, bySid.reason);
    } else if (const qsizetype slash = text.indexOf(u'\\'); slash >= 0) {
        identity.domain = text.left(slash).trimmed();
        // Feeds that escape twice deliver DOMAIN\\user.
        qsizetype start = slash + 1;
        while (start < text.size() && text.at(start) == u'\\') {
            ++start;
        }
        identity.username = text.mid(start).trimmed();
        const qsizetype at = identity.username.indexOf(u'@');
        if (identity.domain.compare(QLatin1String("AzureAD"), Qt::CaseInsensitive) == 0 && at > 0 &&
            at < identity.username.size() - 1) {
            // AzureAD\user@tenant: an Entra-joined sign-in that names its UPN.
            identity.form = Form::Upn;
            identity.upn = identity.username;
            identity.domain = identity.upn.mid(at + 1);
            identity.username = identity.upn.left(at);
            classifyUpn(identity);
            identity.reason = QStringLiteral("AzureAD\\<UPN>: Entra-joined sign-in");
        } else if (identity.domain.isEmpty()) {
            identity.form = Form::Bare;
            classifyBare(identity);
        } else {
            identity.form = Form::DownLevel;
            classifyDownLevel(identity, context);
        }
    } else if (const qsizetype at = text.indexOf(u'@'); at > 0 && at < text.size() - 1 && text.count(u'@') == 1) {
        identity.form = Form::Upn;
        identity.upn = text;
        identity.username = text.left(at);
        identity.domain = text.mid(at + 1);
        classifyUpn(identity);
    } else {
        identity.form = Form::Bare;
        identity.username = text;
        classifyBare(identity);
    }

    applySidHint(identity, context.sid);
    applyVendorHints(identity, context.vendorHints);
    applyServicePatterns(identity, context.serviceAccountPatterns);
    return identity;
}

} // namespace cordon::core
