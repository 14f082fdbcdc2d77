#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace cordon::gui
{

// One console per user (and per settings folder): a second start hands its arguments (a cordon:// link)
// to the running console over a local socket only that user can open, and quits.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // The socket's name: per user and home folder, per settings folder ($CORDON_CONFIG_DIR), and apart for
    // the demo.
    static QString serverName(bool demo);

    explicit SingleInstance(const QString& serverName, QObject* parent = nullptr);
    ~SingleInstance() override;

    // Hands the arguments to the running console; true when it took them. Waits at most timeoutMs.
    bool forwardToRunning(const QStringList& arguments, int timeoutMs = 3000);
    // Becomes the console that later starts forward to, taking over a socket a crashed console left.
    bool listen(QString* error = nullptr);
    bool isListening() const;

signals:
    void argumentsReceived(const QStringList& arguments);

private:
    void readConnection();

    QString m_serverName;
    QLocalServer* m_server = nullptr;
};

} // namespace cordon::gui
