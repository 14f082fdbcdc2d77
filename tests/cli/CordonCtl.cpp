#include "CordonCtl.h"

#include <QProcess>

namespace cordon::test
{

CordonCtl::CordonCtl(const QUrl& org) : m_org(org), m_token(QStringLiteral("demo-org-admin-token")) {}

QProcessEnvironment CordonCtl::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CORDON_DATA_DIR"), m_data.path());
    env.insert(QStringLiteral("CORDON_CONFIG_DIR"), m_config.path());
    for (const char* name : {"OKTA_CLIENT_ORGURL", "OKTA_CLIENT_AUTHORIZATIONMODE", "OKTA_CLIENT_CLIENTID",
                             "OKTA_CLIENT_SCOPES", "OKTA_CLIENT_PRIVATEKEY", "OKTA_CLIENT_PRIVATEKEYID"}) {
        env.remove(QString::fromLatin1(name));
    }
    for (auto it = m_env.cbegin(); it != m_env.cend(); ++it) {
        env.insert(it.key(), it.value());
    }
    if (m_token.isEmpty()) {
        env.remove(QStringLiteral("OKTA_CLIENT_TOKEN"));
    } else {
        env.insert(QStringLiteral("OKTA_CLIENT_TOKEN"), m_token);
    }
    return env;
}

QStringList CordonCtl::orgArguments() const
{
    return {QStringLiteral("--org"), m_org.toString(), QStringLiteral("--allow-http-loopback")};
}

CtlRun CordonCtl::run(const QStringList& arguments, const QByteArray& input, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(CORDONCTL_PATH), orgArguments() + arguments);
    CtlRun result;
    if (!process.waitForStarted()) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace cordon::test
