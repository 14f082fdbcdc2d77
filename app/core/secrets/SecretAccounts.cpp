#include "SecretAccounts.h"

#include <QUrl>

namespace cordon::core::SecretAccounts
{

QString oktaToken(const QUrl& orgUrl)
{
    return orgUrl.host().toLower();
}

QString oktaServiceAppKey(const QUrl& orgUrl)
{
    return QStringLiteral("v1/okta-service-app-key/") + orgUrl.host().toLower();
}

QString feedKey(const QString& sourceId)
{
    return QStringLiteral("v1/feed-key/") + sourceId;
}

QString webhookUrl(const QString& id)
{
    return QStringLiteral("v1/webhook-url/") + id;
}

QString auditKey(const QString& logId)
{
    return QStringLiteral("v1/audit-key/") + logId;
}

QString auditAnchor(const QString& logId)
{
    return QStringLiteral("v1/audit-anchor/") + logId;
}

QString databasePassword(const QString& databaseUrl)
{
    return QStringLiteral("v1/database-password/") + databaseUrl;
}

} // namespace cordon::core::SecretAccounts
