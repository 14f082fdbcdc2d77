#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QTemporaryDir;

namespace cordon::sim
{
class OktaSimServer;
}

namespace cordon::gui
{

// `cordon --demo`: the simulated Okta org in this process on loopback, with the bundled sample feed,
// and Cordon's data and settings in a fresh temporary folder so that the demo leaves nothing behind.
class DemoMode : public QObject
{
    Q_OBJECT

public:
    explicit DemoMode(QObject* parent = nullptr);
    ~DemoMode() override;

    // Points CORDON_DATA_DIR and CORDON_CONFIG_DIR at a temporary folder unless they are set already,
    // then starts the simulator. Call it before anything reads those variables.
    bool start(QString* error);
    QUrl baseUrl() const;

    // The demo org's token for its ORG_ADMIN service account, kept in memory only.
    static QByteArray token();
    static QString sampleFeedPath();
    // The line scripts and tests wait for on stdout, as cordon-okta-sim prints it.
    static QString listeningLine(const QUrl& baseUrl);

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<sim::OktaSimServer> m_server;
};

} // namespace cordon::gui
