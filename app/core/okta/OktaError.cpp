#include "OktaError.h"

#include "base/SafeText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace cordon::core
{

namespace
{

// An error object is a few hundred bytes; anything far larger is not one, and only an excerpt is kept.
constexpr qsizetype MaxParsedBody = 256 * 1024;
constexpr qsizetype MaxExcerpt = 120;

// What a server wrote, as Cordon shows and keeps it: without credentials, on one line, and short.
QString excerpt(const QString& text, const QList<QByteArray>& secrets)
{
    QString simple = safetext::scrubbed(text, secrets).simplified();
    if (simple.size() > MaxExcerpt) {
        simple = simple.left(MaxExcerpt) + QStringLiteral("…");
    }
    return simple;
}

QString htmlTitle(const QByteArray& body, const QList<QByteArray>& secrets)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    const auto match = title.match(QString::fromUtf8(body.left(MaxParsedBody)));
    return match.hasMatch() ? excerpt(match.captured(1), secrets) : QString();
}

bool looksLikeHtml(const QByteArray& contentType, const QByteArray& body)
{
    if (contentType.toLower().contains("html")) {
        return true;
    }
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<head");
}

void readCause(const QJsonValue& value, QStringList& causes, const QList<QByteArray>& secrets)
{
    if (value.isObject()) {
        const QString summary = value.toObject().value(QStringLiteral("errorSummary")).toString();
        if (!summary.isEmpty()) {
            causes.append(excerpt(summary, secrets));
        }
    } else if (value.isString() && !value.toString().isEmpty()) {
        causes.append(excerpt(value.toString(), secrets));
    }
}

OktaError::Kind kindForStatus(int httpStatus)
{
    if (httpStatus == 404) {
        return OktaError::Kind::NotFound;
    }
    if (httpStatus == 429) {
        return OktaError::Kind::RateLimited;
    }
    return OktaError::Kind::Http;
}

} // namespace

bool OktaError::isWrongState() const
{
    // Okta's spec declares E0000028 for a lifecycle change from the wrong state, its older reference
    // E0000001, and E0000038 names the status; the caller reads the user to tell which it is.
    return errorCode == QLatin1String("E0000001") || errorCode == QLatin1String("E0000028") ||
           errorCode == QLatin1String("E0000038");
}

QString OktaError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::InvalidResponse:
        return QStringLiteral("invalid response");
    case Kind::RateLimited:
        return QStringLiteral("rate limited");
    case Kind::NotFound:
        return QStringLiteral("not found");
    case Kind::Ambiguous:
        return QStringLiteral("ambiguous");
    case Kind::Configuration:
        return QStringLiteral("configuration");
    case Kind::Canceled:
        return QStringLiteral("canceled");
    }
    return {};
}

QString OktaError::message() const
{
    if (!isError()) {
        return {};
    }
    QString text;
    if (httpStatus > 0) {
        text = QStringLiteral("Okta answered HTTP %1").arg(httpStatus);
    } else {
        text = QStringLiteral("Okta call failed (%1)").arg(kindName(kind));
    }
    if (!errorCode.isEmpty()) {
        text += QStringLiteral(" %1").arg(errorCode);
    }
    if (!errorSummary.isEmpty()) {
        text += QStringLiteral(": %1").arg(errorSummary);
    }
    if (!causes.isEmpty()) {
        text += QStringLiteral(" (%1)").arg(causes.join(QStringLiteral("; ")));
    }
    if (!detail.isEmpty()) {
        text += (errorSummary.isEmpty() && errorCode.isEmpty() ? QStringLiteral(": ") : QStringLiteral(". ")) + detail;
    }
    if (!requestId.isEmpty()) {
        text += QStringLiteral(" [request id %1]").arg(requestId);
    }
    return text;
}

OktaError OktaError::make(Kind kind, const QString& detail, const QString& requestId)
{
    OktaError error;
    error.kind = kind;
    error.detail = detail;
    error.requestId = requestId;
    return error;
}

OktaError
OktaError::fromRedirect(int httpStatus, const QUrl& target, const QString& requestId, const QList<QByteArray>& secrets)
{
    // Only where it points is named: the rest of the address is the server's to fill.
    const QString origin =
        target.isValid() && !target.host().isEmpty()
            ? safetext::scrubbed(
                  target.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                      .toDisplayString(),
                  secrets)
            : QStringLiteral("an address it did not name");
    OktaError error = make(Kind::Configuration,
                           QStringLiteral("The answer was a redirect to %1, not Okta's API. Cordon follows no redirect "
                                          "from the org, so the token was sent nowhere else; check the org URL (a "
                                          "proxy, a sign-in page or another host answered in Okta's place).")
                               .arg(origin),
                           safetext::scrubbed(requestId, secrets));
    error.httpStatus = httpStatus;
    return error;
}

OktaError OktaError::fromReply(int httpStatus,
                               const QByteArray& contentType,
                               const QByteArray& body,
                               const QString& requestId,
                               const QList<QByteArray>& secrets)
{
    OktaError error;
    error.kind = kindForStatus(httpStatus);
    error.httpStatus = httpStatus;
    error.requestId = safetext::scrubbed(requestId, secrets);

    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty()) {
        error.detail = QStringLiteral("The answer had no body.");
        return error;
    }
    if (trimmed.size() > MaxParsedBody) {
        error.detail =
            QStringLiteral("The answer was %1 bytes, far too large for an Okta error object.").arg(trimmed.size());
        return error;
    }
    if (looksLikeHtml(contentType, trimmed)) {
        const QString title = htmlTitle(trimmed, secrets);
        error.detail = title.isEmpty()
                           ? QStringLiteral("The answer was an HTML page, not Okta's JSON; a proxy or firewall may "
                                            "stand between Cordon and Okta.")
                           : QStringLiteral("The answer was an HTML page (\"%1\"), not Okta's JSON; a proxy or "
                                            "firewall may stand between Cordon and Okta.")
                                 .arg(title);
        return error;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error.detail = QStringLiteral("The answer was not valid JSON (%1 at byte %2 of %3): \"%4\".")
                           .arg(parseError.errorString())
                           .arg(parseError.offset)
                           .arg(trimmed.size())
                           .arg(excerpt(QString::fromUtf8(trimmed), secrets));
        return error;
    }
    if (!document.isObject()) {
        error.detail = QStringLiteral("The answer was JSON but not an Okta error object.");
        return error;
    }

    const QJsonObject object = document.object();
    error.errorCode = excerpt(object.value(QStringLiteral("errorCode")).toString(), secrets);
    error.errorSummary = excerpt(object.value(QStringLiteral("errorSummary")).toString(), secrets);
    error.errorLink = excerpt(object.value(QStringLiteral("errorLink")).toString(), secrets);
    error.errorId = excerpt(object.value(QStringLiteral("errorId")).toString(), secrets);
    // Some answers carry errorCauses as a single object rather than a list (docs/okta.md §Errors).
    const QJsonValue causes = object.value(QStringLiteral("errorCauses"));
    if (causes.isArray()) {
        for (const QJsonValue& cause : causes.toArray()) {
            readCause(cause, error.causes, secrets);
        }
    } else {
        readCause(causes, error.causes, secrets);
    }
    if (error.errorCode.isEmpty() && error.errorSummary.isEmpty()) {
        // OAuth endpoints answer {"error": ..., "error_description": ...} instead.
        const QString oauthError = object.value(QStringLiteral("error")).toString();
        const QString description = object.value(QStringLiteral("error_description")).toString();
        if (!oauthError.isEmpty() || !description.isEmpty()) {
            error.errorSummary =
                excerpt(description.isEmpty() ? oauthError : oauthError + QStringLiteral(": ") + description, secrets);
        } else {
            error.detail = QStringLiteral("The answer held no Okta error code or summary.");
        }
    }
    return error;
}

} // namespace cordon::core
