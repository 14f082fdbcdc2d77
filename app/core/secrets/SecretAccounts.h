#pragma once

#include <QString>

class QUrl;

namespace cordon::core
{

// The keychain entries Cordon uses, all under the service "Cordon".
//
// The Okta token's entry is service "Cordon", account = the org's host
// ("acme.okta.com"), and cordonctl and the console share it, so that account stays exactly the
// host. Every other kind of secret carries a version and a kind ("v1/feed-key/<source id>"), so
// that a later change of its format gets a new name rather than misreading an old entry.
namespace SecretAccounts
{

inline const QString Service = QStringLiteral("Cordon");

// The org's host, lowercased; empty for a URL without a host.
QString oktaToken(const QUrl& orgUrl);
// The private key an OAuth service app signs its client assertions with (PEM), per org.
QString oktaServiceAppKey(const QUrl& orgUrl);
QString feedKey(const QString& sourceId);
QString webhookUrl(const QString& id);
// The key that seals one database's audit log, and the anchor of that log's head (AuditSeal).
QString auditKey(const QString& logId);
QString auditAnchor(const QString& logId);
// The password of a shared database, per URL as shown (user, host, port, database).
QString databasePassword(const QString& databaseUrl);

} // namespace SecretAccounts

} // namespace cordon::core
