#pragma once

#include <QJsonDocument>
#include <QMap>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace cordon::test
{

// What one run of the real cordonctl program did.
struct CtlRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString text() const { return QString::fromUtf8(out + err); }
};

// Runs cordonctl against an org with private data and config folders, as a script would.
class CordonCtl
{
public:
    explicit CordonCtl(const QUrl& org);

    // The token to hand over in OKTA_CLIENT_TOKEN; empty to use the keychain.
    void setToken(const QString& token) { m_token = token; }
    // Another variable of the run's environment (the OAuth settings, say); an empty value is set as empty.
    void setEnv(const QString& name, const QString& value) { m_env.insert(name, value); }
    QProcessEnvironment environment() const;
    QString dataDir() const { return m_data.path(); }
    QString configDir() const { return m_config.path(); }
    QStringList orgArguments() const;

    CtlRun run(const QStringList& arguments, const QByteArray& input = {}, int timeoutMs = 60000) const;

private:
    QUrl m_org;
    QString m_token;
    QMap<QString, QString> m_env;
    QTemporaryDir m_data;
    QTemporaryDir m_config;
};

} // namespace cordon::test
