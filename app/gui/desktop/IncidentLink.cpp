#include "gui/desktop/IncidentLink.h"

#include <QCoreApplication>
#include <QUrl>

namespace cordon::gui
{

namespace
{

const QLatin1String Scheme("cordon");
const QLatin1String Host("incident");

} // namespace

bool IncidentLink::looksLikeLink(const QString& argument)
{
    return argument.startsWith(Scheme + QLatin1Char(':'), Qt::CaseInsensitive);
}

std::optional<QString> IncidentLink::parse(const QString& link, QString* error)
{
    const auto fail = [error](const QString& reason) -> std::optional<QString> {
        if (error) {
            *error = reason;
        }
        return std::nullopt;
    };
    if (link.size() > MaxLinkLength) {
        return fail(
            QCoreApplication::translate("IncidentLink", "The link is longer than %1 characters.").arg(MaxLinkLength));
    }
    const QUrl url(link, QUrl::StrictMode);
    if (!url.isValid()) {
        return fail(QCoreApplication::translate("IncidentLink", "The link is not a valid URL."));
    }
    if (url.scheme() != Scheme) {
        return fail(QCoreApplication::translate("IncidentLink", "Only cordon:// links are opened."));
    }
    if (url.host() != Host) {
        return fail(
            QCoreApplication::translate("IncidentLink", "Only links to an incident (cordon://incident/…) are opened."));
    }
    if (!url.userInfo().isEmpty() || url.port() != -1 || url.hasQuery() || url.hasFragment()) {
        return fail(QCoreApplication::translate(
            "IncidentLink", "The link has a user, port, query or fragment; an incident link has none."));
    }
    // One segment: the encoded path is "/<segment>" with no further slash (an encoded %2F stays inside).
    const QString encodedPath = url.path(QUrl::FullyEncoded);
    if (!encodedPath.startsWith(QLatin1Char('/')) || encodedPath.indexOf(QLatin1Char('/'), 1) != -1) {
        return fail(QCoreApplication::translate("IncidentLink", "An incident link names exactly one incident."));
    }
    const QString id = QUrl::fromPercentEncoding(encodedPath.mid(1).toUtf8());
    if (id.isEmpty()) {
        return fail(QCoreApplication::translate("IncidentLink", "The link names no incident."));
    }
    if (id.size() > MaxIdLength) {
        return fail(QCoreApplication::translate("IncidentLink", "The incident id is longer than %1 characters.")
                        .arg(MaxIdLength));
    }
    for (const QChar c : id) {
        if (!c.isPrint() || c == QChar::ReplacementCharacter) {
            return fail(
                QCoreApplication::translate("IncidentLink", "The incident id holds characters that cannot be shown."));
        }
    }
    return id;
}

QString IncidentLink::make(const QString& incidentId)
{
    return Scheme + QStringLiteral("://") + Host + QLatin1Char('/') +
           QString::fromLatin1(QUrl::toPercentEncoding(incidentId));
}

} // namespace cordon::gui
