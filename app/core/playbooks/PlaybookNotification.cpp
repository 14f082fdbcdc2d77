#include "PlaybookNotification.h"

#include <QCoreApplication>

namespace cordon::core
{

namespace
{

const QString kScheme = QStringLiteral("cordon");
const QString kIncidentHost = QStringLiteral("incident");

} // namespace

QString PlaybookNotification::kindName(Kind kind)
{
    return kind == Kind::ApprovalNeeded ? QStringLiteral("approval_needed") : QStringLiteral("playbook_ran");
}

QString PlaybookNotification::title() const
{
    const QString subject = incident.title.isEmpty() ? incident.id : incident.title;
    if (kind == Kind::ApprovalNeeded) {
        return QCoreApplication::translate("PlaybookNotification", "Approval needed: %1 for %2")
            .arg(playbookName, subject);
    }
    return succeeded ? QCoreApplication::translate("PlaybookNotification", "%1 ran for %2").arg(playbookName, subject)
                     : QCoreApplication::translate("PlaybookNotification", "%1 ran with failures for %2")
                           .arg(playbookName, subject);
}

QUrl PlaybookNotification::incidentLink(const QString& incidentId)
{
    QUrl url;
    url.setScheme(kScheme);
    url.setHost(kIncidentHost);
    url.setPath(QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(incidentId)), QUrl::TolerantMode);
    return url;
}

QString PlaybookNotification::incidentIdFromLink(const QUrl& link)
{
    if (link.scheme() != kScheme || link.host() != kIncidentHost) {
        return {};
    }
    return QUrl::fromPercentEncoding(link.path(QUrl::FullyEncoded).mid(1).toLatin1());
}

} // namespace cordon::core
