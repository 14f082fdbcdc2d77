#include "gui/desktop/DemoMode.h"

#include "base/Logging.h"
#include "oktasim/OktaSimServer.h"

#include <QDir>
#include <QHostAddress>
#include <QTemporaryDir>

namespace cordon::gui
{

DemoMode::DemoMode(QObject* parent) : QObject(parent) {}

DemoMode::~DemoMode() = default;

bool DemoMode::start(QString* error)
{
    const bool dataSet = qEnvironmentVariableIsSet("CORDON_DATA_DIR");
    const bool configSet = qEnvironmentVariableIsSet("CORDON_CONFIG_DIR");
    if (!dataSet || !configSet) {
        m_folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/cordon-demo-XXXXXX"));
        if (!m_folder->isValid()) {
            *error = tr("Could not create a temporary folder for the demo: %1").arg(m_folder->errorString());
            return false;
        }
        const QDir folder(m_folder->path());
        folder.mkpath(QStringLiteral("data"));
        folder.mkpath(QStringLiteral("config"));
        if (!dataSet) {
            qputenv("CORDON_DATA_DIR", QFile::encodeName(folder.filePath(QStringLiteral("data"))));
        }
        if (!configSet) {
            qputenv("CORDON_CONFIG_DIR", QFile::encodeName(folder.filePath(QStringLiteral("config"))));
        }
    }

    m_server = std::make_unique<sim::OktaSimServer>();
    QString reason;
    if (!m_server->loadDirectory(sim::OktaSimServer::demoDirectory(), &reason)) {
        *error = tr("The demo org could not be loaded: %1").arg(reason);
        return false;
    }
    if (!m_server->listen(QHostAddress::LocalHost, 0, &reason)) {
        *error = tr("The simulated Okta org could not listen on this computer: %1").arg(reason);
        return false;
    }
    qCInfo(lcGui) << "demo org at" << m_server->baseUrl().toString();
    return true;
}

QUrl DemoMode::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

QByteArray DemoMode::token()
{
    return QByteArrayLiteral("demo-org-admin-token");
}

QString DemoMode::sampleFeedPath()
{
    return QStringLiteral(":/demo/sample-feed.ndjson");
}

QString DemoMode::listeningLine(const QUrl& baseUrl)
{
    return QStringLiteral("cordon-okta-sim listening on %1").arg(baseUrl.toString(QUrl::StripTrailingSlash));
}

} // namespace cordon::gui
